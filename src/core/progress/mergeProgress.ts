import type { PlacementRecord, Progress, ProgressState, ReviewEntry, SavedPlan } from './Progress';

/** The merged progress and what the merge changed. */
export interface MergeResult {
  readonly progress: Progress;
  /** States that were not there before. */
  readonly added: number;
  /** `learning` states that became `known`. */
  readonly upgraded: number;
  readonly plansAdded: number;
  /** Review schedules that were not there before, or that the import had reviewed later. */
  readonly reviewsAdded: number;
  readonly placementsAdded: number;
}

/**
 * Review schedules from an import: one this progress lacks (or dropped) is added; of two, the one
 * reviewed later is kept, since it knows more. What is taken counts as changed at `now`.
 */
function mergeReviews(current: Progress, incoming: Progress, now: string): { reviews: Record<string, ReviewEntry>; added: number } {
  const reviews: Record<string, ReviewEntry> = { ...current.reviews };
  let added = 0;
  for (const [id, entry] of Object.entries(incoming.reviews)) {
    if (entry.card === null) continue;
    const mine = Object.hasOwn(reviews, id) ? reviews[id]?.card : null;
    if (mine && mine.lastReview >= entry.card.lastReview) continue;
    reviews[id] = { card: entry.card, changedAt: now };
    added++;
  }
  return { reviews, added };
}

/** Placement records from an import that this progress does not have, taken in at `now` (so an earlier reset spares them). */
function newPlacements(current: Progress, incoming: Progress, now: string): PlacementRecord[] {
  const keys = new Set(current.placements.map((record) => `${record.at}\n${record.planUrl}`));
  return incoming.placements
    .filter((record) => !keys.has(`${record.at}\n${record.planUrl}`))
    .map((record) => ({ ...record, addedAt: now }));
}

/**
 * Merges imported progress into the current one without losing anything either says: new states
 * are added, `known` beats `learning` (knowing is not undone by an older file), and plans are
 * added unless one with the same URL is already saved, review schedules and placement records are
 * added (`mergeReviews`). What the import adds counts as changed at
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
  const reviews = mergeReviews(current, incoming, now);
  const placements = newPlacements(current, incoming, now);
  const changed = added + upgraded + newPlans.length + reviews.added + placements.length > 0;
  const merged: Progress = {
    ...current,
    states,
    changedAt,
    plans: [...current.plans, ...newPlans],
    removedPlans,
    reviews: reviews.reviews,
    placements: [...current.placements, ...placements],
    updatedAt: now,
  };
  return {
    progress: changed ? merged : current,
    added,
    upgraded,
    plansAdded: newPlans.length,
    reviewsAdded: reviews.added,
    placementsAdded: placements.length,
  };
}
