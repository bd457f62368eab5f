import type { Placement } from '../src/core/placement';

/** A simulated learner: what they truly know (closed under prerequisites) and how they answer. */
export interface SimulatedLearner {
  readonly knows: Uint8Array;
  answer(index: number): boolean;
}

/** Each concept's depth in the plan: 0 for what rests on nothing in it, else one more than its deepest prerequisite. */
export function depthsOf(placement: Placement): Int32Array {
  const depth = new Int32Array(placement.ids.length);
  // Plans list prerequisites first, so one pass in order sees every prerequisite's final depth.
  placement.ids.forEach((_, q) => {
    for (const a of placement.above[q]!) depth[q] = Math.max(depth[q]!, depth[a]! + 1);
  });
  return depth;
}

/**
 * A learner who knows everything below a random cut through the plan's layers, plus up to three
 * random deeper pockets (each with all it rests on), and answers with the given slip and guess
 * rates: the population the placement bar is stated for.
 */
export function simulateLearner(placement: Placement, depth: Int32Array, random: () => number, slip = 0.1, guess = 0.25): SimulatedLearner {
  const n = placement.ids.length;
  let deepest = 0;
  for (const d of depth) deepest = Math.max(deepest, d);
  const cut = Math.floor(random() * (deepest + 2));
  const knows = new Uint8Array(n);
  for (let q = 0; q < n; q++) if (depth[q]! < cut) knows[q] = 1;
  const pockets = Math.floor(random() * 4);
  for (let k = 0; k < pockets; k++) {
    const q = Math.floor(random() * n);
    knows[q] = 1;
    for (const a of placement.above[q]!) knows[a] = 1;
  }
  return { knows, answer: (q) => random() < (knows[q] ? 1 - slip : guess) };
}

/** The share of concepts placed rightly: believed known (even odds or better) exactly when known. */
export function accuracyOf(placement: Placement, knows: Uint8Array): number {
  let right = 0;
  placement.beliefs.forEach((p, q) => {
    if (p > 0.5 === (knows[q] === 1)) right++;
  });
  return placement.ids.length === 0 ? 1 : right / placement.ids.length;
}
