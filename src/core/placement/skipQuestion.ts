import type { Placement } from './Placement';

/**
 * Takes the concept at `index` out of the questions the quiz may ask, without evidence either
 * way: a skipped question says nothing about the learner, so beliefs stay as they are and
 * `nextQuestion` moves on to the next best concept.
 */
export function skipQuestion(placement: Placement, index: number): Placement {
  if (!placement.askable[index]) return placement;
  const askable = placement.askable.slice();
  askable[index] = 0;
  return { ...placement, askable };
}
