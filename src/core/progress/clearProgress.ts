import type { Progress } from './Progress';

/**
 * Clears all progress at `now`. Every state and plan it had is recorded as removed then, so that a
 * tab still holding an older copy does not bring them back when the two merge.
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
    updatedAt: now,
  };
}
