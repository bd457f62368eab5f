export type { ConceptGraph } from './ConceptGraph';
export { buildGraph, dependentsOf, prerequisitesOf } from './buildGraph';
export { findCycles } from './findCycles';
export { replacePrerequisites } from './replacePrerequisites';
export { conceptOf, titleOf } from './conceptOf';
export type { GraphData } from './GraphData';
export { encodeGraph } from './encodeGraph';
export { decodeGraph } from './decodeGraph';
export { toConceptNode } from './toConceptNode';
