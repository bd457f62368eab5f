import type { ReviewGrade } from '../progress';

/** One answer in a review: a check question answered right (or a recall graded "remembered"), or not. */
export interface ReviewAnswer {
  readonly correct: boolean;
}

/**
 * The grade a review's answers give: every answer right is `good`, any wrong one is `again` (the
 * review failed). Two questions are too few to tell "hard" from a slip, so the review is pass or
 * fail, and FSRS's own memory model decides how far the next review moves. No answers at all is
 * not a review: `null`.
 */
export function gradeReview(answers: readonly ReviewAnswer[]): ReviewGrade | null {
  if (answers.length === 0) return null;
  return answers.every((answer) => answer.correct) ? 'good' : 'again';
}
