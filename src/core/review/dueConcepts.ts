import type { Progress } from '../progress';

/** A concept on the review schedule and when it is due. */
export interface ScheduledReview {
  readonly id: string;
  readonly due: string;
}

/**
 * Every concept with a review schedule that the learner still says they know, soonest due first
 * (then by id, so the order is stable). A concept not marked known (cleared, or `learning` after
 * a failed review) is off the schedule until it is marked known again.
 */
export function reviewSchedule(progress: Progress): ScheduledReview[] {
  const scheduled: ScheduledReview[] = [];
  for (const [id, entry] of Object.entries(progress.reviews)) {
    if (entry.card === null || !Object.hasOwn(progress.states, id) || progress.states[id] !== 'known') continue;
    scheduled.push({ id, due: entry.card.due });
  }
  return scheduled.sort((a, b) => Date.parse(a.due) - Date.parse(b.due) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** The concepts due for review at `now` (ISO 8601), most overdue first. */
export function dueConcepts(progress: Progress, now: string): ScheduledReview[] {
  const nowMs = Date.parse(now);
  return reviewSchedule(progress).filter((review) => Date.parse(review.due) <= nowMs);
}
