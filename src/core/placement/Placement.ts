import type { ConceptId } from '../model';

/** How answers are read, how beliefs are estimated, and when the quiz has asked enough. */
export interface PlacementOptions {
  /** Chance that a learner who knows a concept still answers its question wrongly. */
  readonly slip: number;
  /** Chance that a learner who does not know it answers correctly anyway (four choices: a quarter). */
  readonly guess: number;
  /** The quiz stops when the expected share of wrongly placed concepts falls below this. */
  readonly stopBelow: number;
  /** The quiz never asks more than this many questions. */
  readonly maxQuestions: number;
  /** Knowledge states drawn to estimate beliefs; more is steadier and slower. */
  readonly samples: number;
  /** Seed of the sampler: the same answers always give the same beliefs. */
  readonly seed: number;
}

export const DEFAULT_PLACEMENT_OPTIONS: PlacementOptions = {
  slip: 0.1,
  guess: 0.25,
  stopBelow: 0.05,
  maxQuestions: 40,
  samples: 256,
  seed: 1,
};

/** One answer given in a placement quiz. */
export interface PlacementAnswer {
  readonly id: ConceptId;
  readonly correct: boolean;
}

/**
 * A placement quiz over the concepts of one plan, and what the answers so far say about each.
 * A learner's knowledge is a knowledge state: a set of concepts closed under prerequisites (who
 * knows a concept knows what it rests on). Beliefs are estimated from knowledge states sampled
 * from the posterior given the answers. Indices are into `ids` (the plan's order). Immutable:
 * `answerPlacement` returns a new one.
 */
export interface Placement {
  readonly ids: readonly ConceptId[];
  /** 1 where the concept has an auto-graded check the quiz can ask. */
  readonly askable: Uint8Array;
  /** For each concept, the plan's concepts it rests on, directly or not. */
  readonly above: readonly Int32Array[];
  /** For each concept, the plan's concepts that rest on it, directly or not. */
  readonly below: readonly Int32Array[];
  /** For each concept, the plan's concepts it rests on directly (no path between them through another). */
  readonly parents: readonly Int32Array[];
  /** The reverse of `parents`. */
  readonly children: readonly Int32Array[];
  /** Each concept's level: 0 when it rests on nothing in the plan, else one above its highest prerequisite. */
  readonly depth: Int32Array;
  /** Per concept, log P(its answers | known) − log P(its answers | not known); 0 when not asked. */
  readonly evidence: Float64Array;
  /** 1 where the concept's question has been asked. */
  readonly asked: Uint8Array;
  readonly answers: readonly PlacementAnswer[];
  /** `options.samples` knowledge states, one after another, `ids.length` flags each. */
  readonly states: Uint8Array;
  /** The share of sampled states that hold each concept: the probability it is known. */
  readonly beliefs: Float64Array;
  readonly options: PlacementOptions;
}
