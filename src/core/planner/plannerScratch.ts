import type { ConceptGraph } from '../graph';

/** Flags in `PlannerScratch.flags`, one byte a concept. */
export const SEEN = 1;
export const KNOWN = 2;
export const TARGET = 4;
/** A target held back for the block of targets at the end of the plan. */
export const DEFERRED = 8;
/** The concept has a prerequisite that is not known (so its step is not ready). */
export const BLOCKED = 16;

/**
 * Per-graph working memory for the planner's walks, allocated once and reused by every call, so a
 * plan of tens of thousands of steps allocates little but its output. Clearing it is a memset.
 */
export interface PlannerScratch {
  /** The flags above, per concept. */
  readonly flags: Uint8Array;
  /** A number per concept, for walks that need one (a distance, a count). */
  readonly numbers: Uint32Array;
  /** Room for every concept and every edge: a walk may push a concept once per edge into it. */
  readonly stack: Uint32Array;
  /** A walk's output order, or a second number per concept. */
  readonly order: Uint32Array;
}

const scratches = new WeakMap<ConceptGraph, PlannerScratch>();

/**
 * Starts a call on `graph`: clears its scratch memory (created on first use; graphs are immutable,
 * so it never goes stale), then flags the known concepts (ids or aliases; anything the graph does
 * not know is ignored). Calls are synchronous, so they never overlap.
 */
export function startCall(graph: ConceptGraph, known: ReadonlySet<string>): PlannerScratch {
  let scratch = scratches.get(graph);
  if (!scratch) {
    const n = graph.ids.length;
    scratch = {
      flags: new Uint8Array(n),
      numbers: new Uint32Array(n),
      stack: new Uint32Array(n + graph.prereqTargets.length + 1),
      order: new Uint32Array(n),
    };
    scratches.set(graph, scratch);
  }
  scratch.flags.fill(0);
  scratch.numbers.fill(0);
  for (const id of known) {
    const i = graph.index.get(id);
    if (i !== undefined) scratch.flags[i] = KNOWN;
  }
  return scratch;
}
