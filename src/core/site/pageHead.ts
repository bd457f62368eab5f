import type { SiteConfig } from '../model';
import { escapeHtml } from '../text';
import { headText } from './headText';
import { pageDescription } from './pageDescription';
import { pageTitle } from './pageTitle';
import { absoluteUrl } from './siteFiles';

/** What kind of page a head is for: concepts, roadmaps and courses are articles to a link preview. */
export type HeadPageKind = 'home' | 'concept' | 'roadmap' | 'course' | 'about' | 'other';

/** The page a head describes. */
export interface HeadPage {
  /** The route's path without the base, percent-encoded as in links (`/concepts/a%26b`). */
  readonly path: string;
  /** The page's own title; absent for home, which is titled by the site. */
  readonly title?: string | undefined;
  /** The page's own text as written (a summary; `$…$` math and Markdown emphasis allowed). */
  readonly description?: string | undefined;
  readonly kind: HeadPageKind;
}

/** Options of `pageHead`. */
export interface PageHeadOptions {
  /** The path the site is served under: `''` or `/sub`. */
  readonly base: string;
}

const ARTICLES: ReadonlySet<HeadPageKind> = new Set(['concept', 'roadmap', 'course']);

/**
 * The elements of a page's `<head>` that name and describe it, one a line: `<title>` (see
 * `pageTitle`), the description (see `pageDescription`), the canonical address and `og:url` when
 * `site.siteUrl` is known, and the Open Graph and Twitter card tags that link previews read
 * (previewers run no JavaScript, so these must be in the HTML file). Every text is escaped, so no
 * title or description can end an attribute or start an element. Tags without content (no
 * description anywhere) are left out.
 */
export function pageHead(page: HeadPage, site: Pick<SiteConfig, 'title' | 'description' | 'siteUrl'>, options: PageHeadOptions): string {
  const siteName = escapeHtml(headText(site.title));
  const title = escapeHtml(pageTitle(page.title, site.title));
  // A preview shows the site's name beside the title, so the page's own title stands alone there.
  const ownTitle = escapeHtml(pageTitle(page.title, '') || headText(site.title));
  const description = escapeHtml(pageDescription(page.description, site.description));
  const url = site.siteUrl === undefined ? undefined : escapeHtml(absoluteUrl(site.siteUrl, options.base, page.path));
  const tags = [
    `<title>${title}</title>`,
    description && `<meta name="description" content="${description}" />`,
    url && `<link rel="canonical" href="${url}" />`,
    `<meta property="og:type" content="${ARTICLES.has(page.kind) ? 'article' : 'website'}" />`,
    `<meta property="og:site_name" content="${siteName}" />`,
    `<meta property="og:title" content="${ownTitle}" />`,
    description && `<meta property="og:description" content="${description}" />`,
    url && `<meta property="og:url" content="${url}" />`,
    `<meta name="twitter:card" content="summary" />`,
    `<meta name="twitter:title" content="${ownTitle}" />`,
    description && `<meta name="twitter:description" content="${description}" />`,
  ];
  return tags.filter((tag) => tag !== undefined && tag !== '').join('\n');
}
