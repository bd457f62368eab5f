import type { Progress, ReviewCard, ReviewGrade } from '../progress';
import { setProgressState, setReview } from '../progress';
import type { ReviewAnswer } from './gradeReview';
import { gradeReview } from './gradeReview';
import { implicitReview } from './implicitReview';
import { scheduleReview } from './scheduleReview';

/** What a review did: its grade, the concept's new card, and which prerequisites took credit. */
export interface ReviewResult {
  readonly progress: Progress;
  readonly grade: ReviewGrade;
  readonly card: ReviewCard;
  /** Prerequisites whose schedule moved by implicit repetition. */
  readonly credited: readonly string[];
}

const cardOf = (progress: Progress, id: string) => (Object.hasOwn(progress.reviews, id) ? (progress.reviews[id]?.card ?? null) : null);
const isKnown = (progress: Progress, id: string) => Object.hasOwn(progress.states, id) && progress.states[id] === 'known';

/**
 * Records a review of a concept at `now`. `keys` name the concept (its id first, then its
 * aliases), `prerequisites` are its direct prerequisites' ids. The answers grade the review
 * (`gradeReview`); FSRS schedules the next one. A failed review makes the concept `learning`
 * again, so plans include it; a passed one gives its known prerequisites implicit credit
 * (`implicitReview`). `null` when there are no answers.
 */
export function applyReview(
  progress: Progress,
  keys: readonly string[],
  prerequisites: readonly string[],
  answers: readonly ReviewAnswer[],
  now: string,
): ReviewResult | null {
  const [id] = keys;
  const grade = gradeReview(answers);
  if (id === undefined || grade === null) return null;
  const card = scheduleReview(cardOf(progress, id), grade, now);
  let next = setReview(progress, id, card, now);
  const credited: string[] = [];
  if (grade === 'again') next = setProgressState(next, keys, 'learning', now);
  else {
    for (const prerequisite of new Set(prerequisites)) {
      const current = cardOf(next, prerequisite);
      if (prerequisite === id || current === null || !isKnown(next, prerequisite)) continue;
      const credit = implicitReview(current, now);
      if (credit === null) continue;
      next = setReview(next, prerequisite, credit, now);
      credited.push(prerequisite);
    }
  }
  return { progress: next, grade, card, credited };
}

/**
 * Puts a concept the learner now says they know on the review schedule: a concept with no
 * schedule starts one as if reviewed `good` at `now` (FSRS's first interval, a few days); one
 * whose last review failed counts as relearned, a `good` review now. Any other schedule is kept.
 */
export function scheduleKnown(progress: Progress, id: string, now: string): Progress {
  const card = cardOf(progress, id);
  if (card !== null && card.lastGrade !== 'again') return progress;
  return setReview(progress, id, scheduleReview(card, 'good', now), now);
}
