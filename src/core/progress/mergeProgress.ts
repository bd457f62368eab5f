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
 * added unless one with the same URL is already saved. `updatedAt` moves to `now` only when
 * something changed.
 */
export function mergeProgress(current: Progress, incoming: Progress, now: string): MergeResult {
  const states: Record<string, ProgressState> = Object.fromEntries(Object.entries(current.states));
  let added = 0;
  let upgraded = 0;
  for (const [id, state] of Object.entries(incoming.states)) {
    // Keys are validated ids (kebab-case), so none can be `__proto__` or similar.
    const mine = Object.hasOwn(states, id) ? states[id] : undefined;
    if (mine === undefined) {
      added++;
      states[id] = state;
    } else if (mine === 'learning' && state === 'known') {
      upgraded++;
      states[id] = 'known';
    }
  }
  const urls = new Set(current.plans.map((plan) => plan.url));
  const newPlans: SavedPlan[] = incoming.plans.filter((plan) => {
    if (urls.has(plan.url)) return false;
    urls.add(plan.url);
    return true;
  });
  const changed = added + upgraded + newPlans.length > 0;
  return {
    progress: changed ? { ...current, states, plans: [...current.plans, ...newPlans], updatedAt: now } : current,
    added,
    upgraded,
    plansAdded: newPlans.length,
  };
}
