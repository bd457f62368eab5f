export type { Placement } from './Placement';
export { createPlacement } from './createPlacement';
export { answerPlacement, answerPlacementAll } from './answerPlacement';
export { nextQuestion } from './nextQuestion';
export { placementConclusions, placementUncertainty } from './placementBeliefs';
export { placementCheckIndex } from './placementCheckIndex';
export { skipQuestion } from './skipQuestion';
