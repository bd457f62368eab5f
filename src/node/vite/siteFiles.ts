import type { ContentIndex } from '../../core/model';
import { robotsTxt, sitemapXml, sitePaths, SITE_URL_MISSING } from '../../core/site';

/** A file the build writes beside the app. */
export interface SiteFile {
  readonly fileName: string;
  readonly source: string;
}

/**
 * `robots.txt` always, and `sitemap.xml` when `site.yaml` gives `siteUrl`; `missing` says what to
 * set when it does not, for the build to print.
 */
export function siteFiles(
  content: Pick<ContentIndex, 'site' | 'roadmaps' | 'courses'> & { readonly concepts: readonly { readonly id: string }[] },
  base: string,
): { readonly files: SiteFile[]; readonly missing?: string } {
  const { siteUrl } = content.site;
  const files: SiteFile[] = [{ fileName: 'robots.txt', source: robotsTxt(siteUrl, base) }];
  if (siteUrl === undefined) {
    return { files, missing: SITE_URL_MISSING };
  }
  files.push({ fileName: 'sitemap.xml', source: sitemapXml(siteUrl, base, sitePaths(content)) });
  return { files };
}
