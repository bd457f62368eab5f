import type { Placement } from './Placement';

/** Binary entropy in bits: how unsure a belief is (1 at even odds, 0 when certain). */
export function entropyOf(p: number): number {
  if (p <= 0 || p >= 1) return 0;
  return -(p * Math.log2(p) + (1 - p) * Math.log2(1 - p));
}

/** The expected share of concepts that would be placed wrongly if the quiz stopped now (0 to 0.5). */
export function placementUncertainty(placement: Placement): number {
  if (placement.ids.length === 0) return 0;
  let sum = 0;
  for (const p of placement.beliefs) sum += Math.min(p, 1 - p);
  return sum / placement.ids.length;
}

/** The quiz's conclusion for each concept: known when it is more likely known than not. */
export function placementConclusions(placement: Placement): boolean[] {
  return Array.from(placement.beliefs, (p) => p > 0.5);
}
