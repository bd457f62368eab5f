export type { BodyAnalysis } from './BodyAnalysis';
export { analyseBody } from './analyseBody';
export { type BodyRender, type BodySource, renderBody } from './renderBody';
export { renderTextMath } from './renderTextMath';
