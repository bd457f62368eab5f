/** Questions a review asks at most: enough to test recall, few enough to keep a review short. */
export const QUESTIONS_PER_REVIEW = 2;

/**
 * The check questions (indices into the concept's `checks`) a review asks, rotating through them
 * with the number of reviews so far, so that successive reviews ask different ones.
 */
export function reviewQuestions(checkCount: number, reviewed: number): number[] {
  const count = Math.min(QUESTIONS_PER_REVIEW, checkCount);
  const start = checkCount === 0 ? 0 : (reviewed * QUESTIONS_PER_REVIEW) % checkCount;
  return Array.from({ length: count }, (_, i) => (start + i) % checkCount);
}
