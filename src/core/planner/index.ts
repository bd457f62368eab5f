export type { Plan, PlanResult, PlanSpec, PlanStep } from './Plan';
export { downstream } from './downstream';
export { explain, type ExplainLink } from './explain';
export { frontier, type FrontierEntry } from './frontier';
export { planFor } from './planFor';
export { MAX_NOTE_LENGTH, MAX_TITLE_LENGTH } from './planText';
export { expandPlanShorthand } from './url/expandPlanShorthand';
export { decodePlanUrl, encodePlanUrl, normalisePlanSpec } from './url/planUrl';
export { closureFigures, conceptStatsCounter } from './conceptStats';
