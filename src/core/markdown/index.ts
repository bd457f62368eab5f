export type { BodyAnalysis } from './BodyAnalysis';
export { analyseBody, type BodyRender, type BodySource, renderBody } from './renderBody';
export { renderTextMath } from './renderTextMath';
