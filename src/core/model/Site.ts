/** `content/site.yaml`: site-wide settings. */
export interface SiteConfig {
  readonly title: string;
  readonly description: string;
  /** The roadmap shown first on the home page. */
  readonly featuredRoadmap?: string;
  /** "Edit this page" link; `{path}` is replaced by the content-relative file path. */
  readonly editUrl?: string;
  /** The address the site is published at (no trailing slash), for `sitemap.xml` and `robots.txt`. */
  readonly siteUrl?: string;
}
