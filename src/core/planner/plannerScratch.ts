import type { ConceptGraph } from '../graph';

/** Flags in the low bits of a concept's `PlannerScratch.state` word. */
export const SEEN = 1;
export const KNOWN = 2;
export const TARGET = 4;
/** A target held back for the block of targets at the end of the plan. */
export const DEFERRED = 8;
/** The concept has a prerequisite that is not known (so its step is not ready). */
export const BLOCKED = 16;
/** Bits above the flags hold a number (`state >>> NUMBER_SHIFT`); `NUMBER_ONE` adds one to it. */
export const NUMBER_SHIFT = 5;
export const NUMBER_ONE = 1 << NUMBER_SHIFT;
export const FLAG_MASK = NUMBER_ONE - 1;

/**
 * Per-graph working memory for the planner, allocated once and reused by every call, so a plan of
 * tens of thousands of steps allocates little but its output. `state` holds one word a concept:
 * flags, and above them a number (for a plan, which of the concepts that list it are in the plan).
 * One small array a walk touches per edge is what keeps it near the cost of a bare graph walk on
 * large graphs, where scattered reads cost more than the arithmetic; clearing it is a memset.
 */
export interface PlannerScratch {
  readonly state: Uint32Array;
  /** Room for every concept and every edge: a walk may push a concept once per edge into it. */
  readonly stack: Uint32Array;
  readonly order: Uint32Array;
}

const scratches = new WeakMap<ConceptGraph, PlannerScratch>();

/** The scratch memory of `graph` (created on first use; graphs are immutable, so it never goes stale). */
export function scratchFor(graph: ConceptGraph): PlannerScratch {
  let scratch = scratches.get(graph);
  if (!scratch) {
    const n = graph.ids.length;
    scratch = {
      state: new Uint32Array(n),
      stack: new Uint32Array(n + graph.prereqTargets.length + 1),
      order: new Uint32Array(n),
    };
    scratches.set(graph, scratch);
  }
  return scratch;
}

/**
 * Starts a call on `graph`: clears the state, then flags the known concepts (ids or aliases;
 * anything the graph does not know is ignored). Calls are synchronous, so they never overlap.
 */
export function startCall(graph: ConceptGraph, known: ReadonlySet<string>): PlannerScratch {
  const scratch = scratchFor(graph);
  const { state } = scratch;
  state.fill(0);
  const { index } = graph;
  for (const id of known) {
    const i = index.get(id);
    if (i !== undefined) state[i] = KNOWN;
  }
  return scratch;
}
