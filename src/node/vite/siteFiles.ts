import type { ContentIndex } from '../../core/model';
import { robotsTxt, sitemapXml, sitePaths } from '../../core/site';

/** A file the build writes beside the app. */
export interface SiteFile {
  readonly fileName: string;
  readonly source: string;
}

/**
 * `robots.txt` always, and `sitemap.xml` when `site.yaml` gives `siteUrl`; `missing` says what to
 * set when it does not, for the build to print.
 */
export function siteFiles(content: ContentIndex, base: string): { readonly files: SiteFile[]; readonly missing?: string } {
  const { siteUrl } = content.site;
  const files: SiteFile[] = [{ fileName: 'robots.txt', source: robotsTxt(siteUrl, base) }];
  if (siteUrl === undefined) {
    return { files, missing: 'no sitemap.xml: set `siteUrl` in site.yaml to the address the site is published at.' };
  }
  files.push({ fileName: 'sitemap.xml', source: sitemapXml(siteUrl, base, sitePaths(content)) });
  return { files };
}
