export { robotsTxt, sitemapXml } from './siteFiles';
export { withSiteHead } from './siteHead';
export { sitePaths } from './sitePaths';
