import type { Progress, ProgressState, SavedPlan } from './Progress';
import { comparableTime as comparable } from './comparableTime';
import { reconcilePlacements, reconcileReviews } from './reconcileReviews';

/** Two copies of progress merged, and whether the result differs from each. */
export interface Reconciled {
  readonly progress: Progress;
  /** The result differs from `mine`: something of `theirs` won. */
  readonly mineChanged: boolean;
  /** The result differs from `theirs`: something of `mine` won, so `theirs` needs it written back. */
  readonly theirsStale: boolean;
}

/** One key's side of the merge: its state (`null`: not started or cleared) and when it changed. */
interface Entry<T> {
  readonly value: T | null;
  readonly at: string;
}

const RANK = { known: 2, learning: 1 } as const;

function stateEntry(progress: Progress, key: string): Entry<ProgressState> {
  const value = Object.hasOwn(progress.states, key) ? (progress.states[key] ?? null) : null;
  const at = Object.hasOwn(progress.changedAt, key) ? (progress.changedAt[key] ?? '') : '';
  return { value, at };
}

function planEntry(progress: Progress, url: string): Entry<SavedPlan> {
  const plan = progress.plans.find((p) => p.url === url) ?? null;
  const removed = Object.hasOwn(progress.removedPlans, url) ? (progress.removedPlans[url] ?? '') : '';
  return plan && plan.savedAt >= removed ? { value: plan, at: plan.savedAt } : { value: null, at: removed };
}

/**
 * Whether `a` wins over `b`: the later change, and on equal times a fixed order of values (set
 * beats cleared, then `atLeast`), so that both tabs pick the same side whichever merges.
 */
function wins<T>(a: Entry<T>, b: Entry<T>, atLeast: (x: T, y: T) => boolean): boolean {
  const [ta, tb] = [comparable(a.at), comparable(b.at)];
  if (ta !== tb) return ta > tb;
  if (a.value === null || b.value === null) return b.value === null;
  return atLeast(a.value, b.value);
}

function sameEntry<T>(a: Entry<T>, b: Entry<T>, same: (x: T, y: T) => boolean): boolean {
  if (a.at !== b.at) return false;
  if (a.value === null || b.value === null) return a.value === b.value;
  return same(a.value, b.value);
}

/**
 * Merges what another tab stored (`theirs`) with this tab's progress (`mine`), entry by entry:
 * for each concept, review schedule and saved plan the later change wins, a clearing or a removal
 * included; placement records merge as a set.
 * Nothing either tab changed is lost to a change the other made earlier, however close in time,
 * and the merge is symmetric, so two tabs that merge each other's values agree.
 */
export function reconcileProgress(mine: Progress, theirs: Progress): Reconciled {
  const states: [string, ProgressState][] = [];
  const changedAt: [string, string][] = [];
  let mineChanged = false;
  let theirsStale = false;
  const keys = new Set([...Object.keys(mine.changedAt), ...Object.keys(theirs.changedAt)]);
  for (const key of [...Object.keys(mine.states), ...Object.keys(theirs.states)]) keys.add(key);
  for (const key of keys) {
    const a = stateEntry(mine, key);
    const b = stateEntry(theirs, key);
    const won = wins(a, b, (x, y) => RANK[x] >= RANK[y]) ? a : b;
    if (won.value !== null) states.push([key, won.value]);
    if (won.at !== '') changedAt.push([key, won.at]);
    mineChanged ||= !sameEntry(won, a, (x, y) => x === y);
    theirsStale ||= !sameEntry(won, b, (x, y) => x === y);
  }

  const plans: SavedPlan[] = [];
  const removedPlans: [string, string][] = [];
  const urls = new Set([...mine.plans, ...theirs.plans].map((p) => p.url));
  for (const url of [...Object.keys(mine.removedPlans), ...Object.keys(theirs.removedPlans)]) urls.add(url);
  const samePlan = (x: SavedPlan, y: SavedPlan) => x.title === y.title;
  for (const url of urls) {
    const a = planEntry(mine, url);
    const b = planEntry(theirs, url);
    const won = wins(a, b, (x, y) => x.title >= y.title) ? a : b;
    if (won.value !== null) plans.push(won.value);
    else if (won.at !== '') removedPlans.push([url, won.at]);
    mineChanged ||= !sameEntry(won, a, samePlan);
    theirsStale ||= !sameEntry(won, b, samePlan);
  }

  const reviews = reconcileReviews(mine, theirs);
  const placements = reconcilePlacements(mine, theirs);
  mineChanged ||= reviews.mineChanged || placements.mineChanged;
  theirsStale ||= reviews.theirsStale || placements.theirsStale;

  if (!mineChanged) return { progress: mine, mineChanged, theirsStale };
  const { clearedAt } = placements.value;
  const progress: Progress = {
    version: mine.version,
    states: Object.fromEntries(states),
    changedAt: Object.fromEntries(changedAt),
    plans,
    removedPlans: Object.fromEntries(removedPlans),
    reviews: reviews.value,
    placements: placements.value.placements,
    ...(clearedAt === undefined ? {} : { placementsClearedAt: clearedAt }),
    updatedAt: mine.updatedAt > theirs.updatedAt ? mine.updatedAt : theirs.updatedAt,
  };
  return { progress, mineChanged, theirsStale };
}
