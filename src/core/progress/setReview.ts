import type { Progress, ReviewCard } from './Progress';

/**
 * Sets (or, with `null`, drops) one concept's review schedule at `now`. A dropped one keeps its
 * time, so that another tab's older schedule for it loses the merge. Dropping what is not there
 * changes nothing.
 */
export function setReview(progress: Progress, id: string, card: ReviewCard | null, now: string): Progress {
  const current = Object.hasOwn(progress.reviews, id) ? progress.reviews[id] : undefined;
  if (card === null && (current === undefined || current.card === null)) return progress;
  return { ...progress, reviews: { ...progress.reviews, [id]: { card, changedAt: now } }, updatedAt: now };
}
