import type { Progress } from './Progress';

/**
 * Clears all progress at `now`. Every state, plan and review schedule it had is recorded as removed
 * then, and placement records as cleared, so that a tab still holding an older copy does not bring
 * them back when the two merge.
 */
export function clearProgress(progress: Progress, now: string): Progress {
  const keys = new Set([...Object.keys(progress.changedAt), ...Object.keys(progress.states)]);
  const urls = new Set([...Object.keys(progress.removedPlans), ...progress.plans.map((p) => p.url)]);
  return {
    version: progress.version,
    states: {},
    changedAt: Object.fromEntries([...keys].map((key) => [key, now])),
    plans: [],
    removedPlans: Object.fromEntries([...urls].map((url) => [url, now])),
    reviews: Object.fromEntries(Object.keys(progress.reviews).map((key) => [key, { card: null, changedAt: now }])),
    placements: [],
    placementsClearedAt: now,
    updatedAt: now,
  };
}
