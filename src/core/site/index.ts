export type { HeadPage } from './pageHead';
export { pageHead } from './pageHead';
export { DESCRIPTION_LENGTH, pageDescription } from './pageDescription';
export { pageTitle } from './pageTitle';
export { plainText } from './plainText';
export { robotsTxt, sitemapXml, SITE_URL_MISSING } from './siteFiles';
export { withPageHead } from './withPageHead';
export { withSiteHead } from './siteHead';
export { sitePaths } from './sitePaths';
