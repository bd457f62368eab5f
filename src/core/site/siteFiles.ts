import { escapeHtml } from '../text';

/** `siteUrl` and `base` joined with a path: an absolute address (`https://host/course/concepts/x`). */
export function absoluteUrl(siteUrl: string, base: string, path: string): string {
  return `${siteUrl.replace(/\/+$/, '')}${base}${path}`;
}

/** A sitemap (sitemaps.org 0.9) listing `paths` under `siteUrl` and `base`. */
export function sitemapXml(siteUrl: string, base: string, paths: readonly string[]): string {
  const urls = paths.map((path) => `  <url><loc>${escapeHtml(absoluteUrl(siteUrl, base, path))}</loc></url>`);
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join('\n')}\n</urlset>\n`;
}

/**
 * `robots.txt`: every page may be crawled; the sitemap is named when the site's address is known
 * (a sitemap must give absolute addresses).
 */
export function robotsTxt(siteUrl: string | undefined, base: string): string {
  const lines = ['User-agent: *', 'Allow: /'];
  if (siteUrl !== undefined) lines.push('', `Sitemap: ${absoluteUrl(siteUrl, base, '/sitemap.xml')}`);
  return `${lines.join('\n')}\n`;
}

/** What the build says, on one line, when `site.yaml` has no `siteUrl`. */
export const SITE_URL_MISSING =
  'no `siteUrl` in site.yaml, so pages have no canonical URL or `og:url`, no sitemap.xml is written and robots.txt names no sitemap: set `siteUrl` to the address the site is published at (such as `https://you.github.io/notes`).';
