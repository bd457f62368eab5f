import type { ReviewCard } from '../progress';
import { scheduleReview } from './scheduleReview';

/** How close to due (in days) a prerequisite must be for a review that exercises it to count. */
export const IMPLICIT_WINDOW_DAYS = 7;

const DAY_MS = 86_400_000;

/**
 * Implicit repetition: a passed review of a concept also exercised its direct prerequisites, so
 * each one's card gets partial credit, a `hard` review at `now` (a pass, the weakest one FSRS has,
 * because the prerequisite was used rather than tested). Only a prerequisite due within
 * `IMPLICIT_WINDOW_DAYS` (or overdue) takes it: far from due, one more success tells FSRS almost
 * nothing and would only inflate its stability. A credit that would bring the due date forward is
 * not given, so this never makes a prerequisite due sooner. Returns the new card, or `null` for
 * no change.
 */
export function implicitReview(card: ReviewCard, now: string): ReviewCard | null {
  const nowMs = Date.parse(now);
  const dueMs = Date.parse(card.due);
  if (dueMs > nowMs + IMPLICIT_WINDOW_DAYS * DAY_MS) return null;
  const next = scheduleReview(card, 'hard', now);
  return Date.parse(next.due) > dueMs ? next : null;
}
