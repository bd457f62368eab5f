import type { Progress, ProgressState, SavedPlan } from './Progress';

/** The merged progress and what the merge changed. */
export interface MergeResult {
  readonly progress: Progress;
  /** States that were not there before. */
  readonly added: number;
  /** `learning` states that became `known`. */
  readonly upgraded: number;
  readonly plansAdded: number;
}

/**
 * Merges imported progress into the current one without losing anything either says: new states
 * are added, `known` beats `learning` (knowing is not undone by an older file), and plans are
 * added unless one with the same URL is already saved. What the import adds counts as changed at
 * `now`, so that it also wins over a removal another tab remembers. `updatedAt` moves to `now` only
 * when something changed.
 */
export function mergeProgress(current: Progress, incoming: Progress, now: string): MergeResult {
  const states: Record<string, ProgressState> = Object.fromEntries(Object.entries(current.states));
  const changedAt: Record<string, string> = { ...current.changedAt };
  let added = 0;
  let upgraded = 0;
  for (const [id, state] of Object.entries(incoming.states)) {
    // Keys are validated ids (kebab-case), so none can be `__proto__` or similar.
    const mine = Object.hasOwn(states, id) ? states[id] : undefined;
    if (mine === undefined) {
      added++;
      states[id] = state;
      changedAt[id] = now;
    } else if (mine === 'learning' && state === 'known') {
      upgraded++;
      states[id] = 'known';
      changedAt[id] = now;
    }
  }
  const urls = new Set(current.plans.map((plan) => plan.url));
  const newPlans: SavedPlan[] = [];
  const removedPlans: Record<string, string> = { ...current.removedPlans };
  for (const plan of incoming.plans) {
    if (urls.has(plan.url)) continue;
    urls.add(plan.url);
    newPlans.push({ ...plan, savedAt: now });
    delete removedPlans[plan.url];
  }
  const changed = added + upgraded + newPlans.length > 0;
  const merged: Progress = { ...current, states, changedAt, plans: [...current.plans, ...newPlans], removedPlans, updatedAt: now };
  return {
    progress: changed ? merged : current,
    added,
    upgraded,
    plansAdded: newPlans.length,
  };
}
