import type { Placement } from './Placement';
import { sampleStates } from './sampleStates';

/** An answer to the question of the concept at `index`. */
export interface IndexedAnswer {
  readonly index: number;
  readonly correct: boolean;
}

/** Records an answer to concept `index`'s question; see `answerPlacementAll`. */
export function answerPlacement(placement: Placement, index: number, correct: boolean): Placement {
  return answerPlacementAll(placement, [{ index, correct }]);
}

/**
 * Records answers: each answer's likelihood ratio under the slip and guess rates joins its
 * concept's evidence, then knowledge states are drawn again, once. Because every state is closed
 * under prerequisites, a correct answer raises belief in everything the concept rests on, and a
 * wrong one lowers belief in everything built on it, in proportion.
 */
export function answerPlacementAll(placement: Placement, given: readonly IndexedAnswer[]): Placement {
  const { slip, guess, samples, seed } = placement.options;
  const evidence = placement.evidence.slice();
  const asked = placement.asked.slice();
  const answers = [...placement.answers];
  for (const { index, correct } of given) {
    const id = placement.ids[index];
    if (id === undefined) continue;
    evidence[index]! += correct ? Math.log((1 - slip) / guess) : Math.log(slip / (1 - guess));
    asked[index] = 1;
    answers.push({ id, correct });
  }
  if (answers.length === placement.answers.length) return placement;
  const n = placement.ids.length;
  const last = placement.states.subarray(Math.max(0, placement.states.length - n));
  const { states, beliefs } = sampleStates({ ...placement, evidence }, last.length === n ? last : null, samples, seed + answers.length);
  return { ...placement, evidence, asked, answers, states, beliefs };
}
