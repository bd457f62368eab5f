import { useEffect } from 'react';
import { pageDescription, pageTitle } from '../../core/site';
import { useAppStore } from '../../store';

/**
 * Keeps the tab's title and the page's description, canonical address and `og:url` (each only
 * when the page has that tag) in step with the page, by the same rules as the prerendered head
 * (`pageHead`): "<page> · <site>", or the site alone when `page` is null; `description` is the
 * page's own text as written (a summary), else the site's description. While `page` is undefined
 * (its data still loading) the head is left as it is, so a prerendered page keeps its own.
 */
export function useDocumentTitle(page: string | null | undefined, description?: string): void {
  const site = useAppStore((s) => s.index.site);
  useEffect(() => {
    if (page === undefined) return;
    document.title = pageTitle(page, site.title);
    const text = pageDescription(description, site.description);
    // Left as it is when there is nothing to say: the template's description is better than none.
    if (text !== '') setAttribute('meta[name="description"]', 'content', text);
    // A page opened from another page's HTML (the shell a host answers a plan link with, or client
    // navigation) must not keep naming that page as canonical. The query is left out: a plan's
    // `known` list personalises it, the page is the same.
    if (site.siteUrl !== undefined) {
      const url = `${site.siteUrl.replace(/\/+$/, '')}${window.location.pathname}`;
      setAttribute('link[rel="canonical"]', 'href', url);
      setAttribute('meta[property="og:url"]', 'content', url);
    }
  }, [page, description, site.title, site.description, site.siteUrl]);
}

function setAttribute(selector: string, name: string, value: string): void {
  document.head.querySelector(selector)?.setAttribute(name, value);
}
