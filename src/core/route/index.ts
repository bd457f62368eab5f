export type { Route, RouteKind } from './Route';
export { toBasePath, withBase, withoutBase } from './basePath';
export { CONCEPT_SECTIONS } from './conceptSections';
export { hrefFor } from './hrefFor';
export { pageForFile } from './pageForFile';
export { parseRoute } from './parseRoute';
export { pageNeeds } from './pageNeeds';
