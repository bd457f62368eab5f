export type { ConceptGraph } from './ConceptGraph';
export { buildGraph, dependentsOf, prerequisitesOf } from './buildGraph';
export { findCycles } from './findCycles';
export { replacePrerequisites } from './replacePrerequisites';
export { conceptOf, titleOf } from './conceptOf';
