import type { Concept } from '../model';

/**
 * Which of a concept's checks the placement quiz asks: its first multiple-choice one, since only
 * those are graded without the learner's own judgement. -1 when it has none (not askable).
 */
export function placementCheckIndex(concept: Pick<Concept, 'checks'>): number {
  return concept.checks?.findIndex((check) => check.kind === 'choice') ?? -1;
}
