import { useEffect } from 'react';
import { useAppStore } from '../../store';

/**
 * After a client-side navigation, moves focus to the new page's heading (so screen readers
 * announce it and the keyboard starts from the top) and scrolls to the top or to the `#fragment`.
 * The first page load is left to the browser.
 */
export function useFocusOnNavigate(): void {
  const navigations = useAppStore((s) => s.navigations);
  useEffect(() => {
    if (navigations === 0) return;
    const hash = window.location.hash.slice(1);
    const anchor = hash ? document.getElementById(decodeURIComponent(hash)) : null;
    if (anchor) {
      anchor.scrollIntoView?.();
      return;
    }
    window.scrollTo?.({ top: 0 });
    const heading = document.querySelector<HTMLElement>('main h1');
    (heading ?? document.getElementById('main'))?.focus({ preventScroll: true });
  }, [navigations]);
}
