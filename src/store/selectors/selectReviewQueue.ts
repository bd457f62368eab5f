import type { ConceptGraph } from '../../core/graph';
import type { Progress } from '../../core/progress';
import { dueConcepts, reviewSchedule } from '../../core/review';
import type { AppState } from '../AppState';
import { memoLast } from './memoLast';

/** A concept due for review, as the review page lists it. */
export interface DueReview {
  /** The concept's current id. */
  readonly id: string;
  readonly title: string;
  /** ISO 8601 time it fell due. */
  readonly due: string;
  /** Reviews since it was marked known (which FSRS counts as its first): the check questions asked rotate with it. */
  readonly reviewed: number;
}

/** What the review page shows: what is due now, when the next review after those is, and known concepts with no schedule. */
export interface ReviewQueue {
  readonly due: readonly DueReview[];
  /** ISO 8601 time of the soonest review not yet due; `null` when none is scheduled. */
  readonly next: string | null;
  /** Known concepts of the content with no review schedule (marked known before reviews existed). */
  readonly unscheduled: number;
}

const queue = memoLast((graph: ConceptGraph, progress: Progress, clock: string): ReviewQueue => {
  // Schedules of concepts the content no longer has cannot be reviewed: they wait, as their states do.
  const inContent = (id: string) => graph.index.get(id);
  const due: DueReview[] = [];
  const seen = new Set<string>();
  for (const review of dueConcepts(progress, clock)) {
    const i = inContent(review.id);
    const concept = i === undefined ? undefined : graph.concepts[i];
    if (!concept || seen.has(concept.id)) continue;
    seen.add(concept.id);
    due.push({
      id: concept.id,
      title: concept.title,
      due: review.due,
      reviewed: Math.max(0, (progress.reviews[review.id]?.card?.reps ?? 1) - 1),
    });
  }
  const clockMs = Date.parse(clock);
  const upcoming = reviewSchedule(progress).find((review) => Date.parse(review.due) > clockMs && inContent(review.id) !== undefined);
  let unscheduled = 0;
  for (const [id, state] of Object.entries(progress.states)) {
    const entry = Object.hasOwn(progress.reviews, id) ? progress.reviews[id] : undefined;
    if (state === 'known' && graph.index.has(id) && !entry?.card) unscheduled++;
  }
  return { due, next: upcoming?.due ?? null, unscheduled };
});

/** The learner's review queue at the store's `clock`. */
export function selectReviewQueue(state: AppState): ReviewQueue {
  return queue(state.graph, state.progress, state.clock);
}

/** How many concepts are due for review: a number, so components can select it directly. */
export function selectDueCount(state: AppState): number {
  return selectReviewQueue(state).due.length;
}

let lastStatuses: ReadonlyMap<string, 'due' | 'failed'> = new Map();

const statuses = memoLast((graph: ConceptGraph, progress: Progress, clock: string): ReadonlyMap<string, 'due' | 'failed'> => {
  const result = new Map<string, 'due' | 'failed'>();
  for (const review of queue(graph, progress, clock).due) result.set(review.id, 'due');
  for (const [key, entry] of Object.entries(progress.reviews)) {
    const state = Object.hasOwn(progress.states, key) ? progress.states[key] : undefined;
    if (entry.card?.lastGrade !== 'again' || state === 'known') continue;
    const i = graph.index.get(key);
    const id = i === undefined ? key : (graph.ids[i] ?? key);
    result.set(id, 'failed');
  }
  // The clock moves at every change of progress: an unchanged map keeps its identity, so plan views do not recompute.
  const same = result.size === lastStatuses.size && [...result].every(([id, status]) => lastStatuses.get(id) === status);
  if (!same) lastStatuses = result;
  return lastStatuses;
});

/**
 * Concepts whose review says something a plan should show: `due` for review, or `failed` (the last
 * review failed, so the concept is being learnt again), by current id.
 */
export function selectReviewStatuses(state: AppState): ReadonlyMap<string, 'due' | 'failed'> {
  return statuses(state.graph, state.progress, state.clock);
}
