export { type Box, fitTransform, panToShow, type ViewTransform } from './ViewTransform';
export { type Chain, chainFrom } from './chainFrom';
export type { LearnerState } from './learnerStates';
export { localGraph } from './localGraph';
export { planGraph } from './planGraph';
export { type GraphStep, stepAlongEdges } from './stepAlongEdges';
export { graphNodes, type GraphNode } from './graphNodes';
