import { useEffect } from 'react';
import { withoutBase } from '../../core/route';
import { useAppStoreApi } from '../../store';

/** Paths that end in a file extension are files (images, downloads), not pages. */
const FILE = /\.[a-z0-9]{1,8}$/i;

/**
 * Turns clicks on same-origin links, including those inside rendered bodies, into client-side
 * navigation. Links stay real `<a href>`s, so new-tab clicks, copying and crawlers still work.
 */
export function useLinkInterception(): void {
  const store = useAppStoreApi();
  useEffect(() => {
    function onClick(event: MouseEvent) {
      if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
      const target = event.target instanceof Element ? event.target.closest('a[href]') : null;
      if (!(target instanceof HTMLAnchorElement)) return;
      if ((target.target && target.target !== '_self') || target.hasAttribute('download')) return;
      const url = new URL(target.href, window.location.href);
      if (url.origin !== window.location.origin || FILE.test(url.pathname)) return;
      // Outside the site's base is another site on this origin: a real page load.
      const path = withoutBase(url.pathname, store.getState().base);
      if (path === undefined) return;
      // In-page anchors (the skip link, footnotes) are the browser's job.
      if (url.hash && url.pathname === window.location.pathname && url.search === window.location.search) return;
      event.preventDefault();
      store.getState().navigate(path + url.search + url.hash);
    }
    document.addEventListener('click', onClick);
    return () => document.removeEventListener('click', onClick);
  }, [store]);
}
