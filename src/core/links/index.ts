export { createLinkResolver, type LinkResolver, type ResolverTable, type TableLinkResolver } from './LinkResolver';
export { classifyHref, type LinkTarget } from './classifyHref';
export { resolveLink } from './resolveLink';
