export { type Box, fitTransform, panToShow, type ViewTransform } from './ViewTransform';
export { type Chain, downstreamOf } from './downstreamOf';
export { learnerStates } from './learnerStates';
export { localGraph } from './localGraph';
export { planGraph } from './planGraph';
export { type GraphStep, stepAlongEdges } from './stepAlongEdges';
