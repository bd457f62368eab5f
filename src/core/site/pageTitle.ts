import { headText } from './headText';

/** What goes between a page's own title and the site's title. */
export const TITLE_SEPARATOR = ' · ';

/**
 * A page's `<title>`: "<page> · <site>", or the site's title alone when the page has none (home)
 * or its title is blank. The one rule for the prerendered head and the tab title set in the browser.
 */
export function pageTitle(title: string | null | undefined, siteTitle: string): string {
  const own = headText(title ?? '');
  const site = headText(siteTitle);
  if (own === '') return site;
  return site === '' ? own : `${own}${TITLE_SEPARATOR}${site}`;
}
