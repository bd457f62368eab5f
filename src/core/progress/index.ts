export { addPlacement } from './addPlacement';
export { clearProgress } from './clearProgress';
export {
  emptyProgress,
  type PlacementRecord,
  type Progress,
  type ProgressState,
  type ReviewCard,
  type ReviewGrade,
  type SavedPlan,
} from './Progress';
export { mergeProgress } from './mergeProgress';
export { exportProgress, parseImport } from './progressExport';
export { readProgress } from './readProgress';
export { reconcileProgress } from './reconcileProgress';
export { resolveStates } from './resolveStates';
export { removePlan, savePlan } from './savePlan';
export { setProgressState } from './setProgressState';
export { setReview } from './setReview';
