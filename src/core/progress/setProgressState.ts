import type { Progress, ProgressState } from './Progress';

/**
 * Sets (or, with `null`, clears) one concept's state. `keys` are every id that names the concept,
 * its current id first, then its aliases: entries stored under an alias are dropped so that they
 * cannot contradict the new state, and the new state is stored under the current id. Every key
 * records `now` as its change time, a cleared one included, so that another tab's older entry
 * for it loses the merge.
 */
export function setProgressState(progress: Progress, keys: readonly string[], state: ProgressState | null, now: string): Progress {
  const [id] = keys;
  if (id === undefined) return progress;
  const drop = new Set(keys);
  const entries = Object.entries(progress.states).filter(([key]) => !drop.has(key));
  if (state) entries.push([id, state]);
  const changedAt = { ...progress.changedAt };
  for (const key of keys) changedAt[key] = now;
  return { ...progress, states: Object.fromEntries(entries), changedAt, updatedAt: now };
}
