import type { ConceptGraph } from '../graph';
import type { NeededBy, PlanStep } from './Plan';

/** Rows up to this long are keyed by a bit mask of their entries in a plan; longer ones by a count. */
export const MAX_MASK_ROW = 24;
/** `edgeSlot` of an edge into a row longer than `MAX_MASK_ROW`. */
export const LONG_ROW = 255;

/** Steps remembered per concept besides the newest, so successive plans share equal step objects. */
const OLDER = 2;

/**
 * What the planner keeps per graph to build steps: each concept's estimate, its "row" (the
 * concepts that name it as a prerequisite, ordered by id so no order depends on the order concepts
 * came in) with the edge that carries the author's reason, and the steps built for it lately.
 *
 * A step is frozen and equal in every plan where its concept has the same `ready`, `isTarget` and
 * row entries in the plan, so plans share them (and a UI can skip re-rendering a step that did not
 * change); `key` in `recent` encodes those three.
 */
export interface StepCache {
  readonly minutes: Float64Array;
  /** Row of concept `i`: `rowTargets[dependentOffsets[i] ..]`, by id. */
  readonly rowTargets: Uint32Array;
  /** For each row entry, its edge in `prereqTargets` (where the author's reason is found). */
  readonly rowEdges: Uint32Array;
  /** For each edge in `prereqTargets`, the position in its prerequisite's row of the concept that has it (or `LONG_ROW`). */
  readonly edgeSlot: Uint8Array;
  /** Concept `i`'s row as frozen `NeededBy` entries, built on first need. */
  readonly rows: (readonly NeededBy[] | undefined)[];
  /** The step last built for concept `i` and its key (-1: none yet): what nearly every plan reads. */
  readonly newestKey: Float64Array;
  readonly newestStep: (PlanStep | undefined)[];
  /** Earlier steps of concept `i` and their keys, newest first, at `i * OLDER ..`. */
  readonly olderKeys: Float64Array;
  readonly olderSteps: (PlanStep | undefined)[];
}

const caches = new WeakMap<ConceptGraph, StepCache>();

/** The step cache of `graph`, built on first use (graphs are immutable, so it never goes stale). */
export function stepCache(graph: ConceptGraph): StepCache {
  let cache = caches.get(graph);
  if (!cache) {
    cache = buildCache(graph);
    caches.set(graph, cache);
  }
  return cache;
}

function buildCache(graph: ConceptGraph): StepCache {
  const { concepts, ids, prereqOffsets, prereqTargets, dependentOffsets } = graph;
  const n = ids.length;
  const byId = Array.from({ length: n }, (_, i) => i).sort((a, b) => (ids[a]! < ids[b]! ? -1 : ids[a]! > ids[b]! ? 1 : 0));
  // Filling rows while visiting concepts by id leaves every row sorted by id.
  const rowTargets = new Uint32Array(dependentOffsets[n]!);
  const rowEdges = new Uint32Array(dependentOffsets[n]!);
  const edgeSlot = new Uint8Array(prereqTargets.length);
  const fill = dependentOffsets.slice(0, n);
  for (const d of byId) {
    for (let k = prereqOffsets[d]!; k < prereqOffsets[d + 1]!; k++) {
      const j = prereqTargets[k]!;
      const slot = fill[j]!++;
      rowTargets[slot] = d;
      rowEdges[slot] = k;
      edgeSlot[k] = dependentOffsets[j + 1]! - dependentOffsets[j]! <= MAX_MASK_ROW ? slot - dependentOffsets[j]! : LONG_ROW;
    }
  }
  const minutes = Float64Array.from(concepts, (concept) => concept.estimate);
  return {
    minutes,
    rowTargets,
    rowEdges,
    edgeSlot,
    rows: new Array(n),
    newestKey: new Float64Array(n).fill(-1),
    newestStep: new Array(n),
    olderKeys: new Float64Array(n * OLDER).fill(-1),
    olderSteps: new Array(n * OLDER),
  };
}

/** Concept `i`'s row as frozen `NeededBy` entries with the author's reasons, built once. */
export function rowOf(graph: ConceptGraph, cache: StepCache, i: number): readonly NeededBy[] {
  let row = cache.rows[i];
  if (!row) {
    const { prereqOffsets, concepts, index } = graph;
    const entries: NeededBy[] = [];
    for (let s = graph.dependentOffsets[i]!; s < graph.dependentOffsets[i + 1]!; s++) {
      const d = cache.rowTargets[s]!;
      const written = concepts[d]!.prerequisites;
      const start = prereqOffsets[d]!;
      // When the graph dropped none of the author's entries, edge k is entry k; otherwise the first
      // entry that names this prerequisite carries the reason (repeats are dropped).
      const reason =
        written.length === prereqOffsets[d + 1]! - start
          ? written[cache.rowEdges[s]! - start]!.reason
          : written.find((p) => index.get(p.id) === i)?.reason;
      const id = graph.ids[d]!;
      entries.push(Object.freeze(reason === undefined ? { id } : { id, reason }));
    }
    row = Object.freeze(entries);
    cache.rows[i] = row;
  }
  return row;
}

/**
 * A remembered step of concept `i` for `key` other than the newest (an older one moved to the
 * front), or a new one from `build`; either becomes the newest.
 */
export function rememberStep(cache: StepCache, i: number, key: number, build: () => PlanStep): PlanStep {
  const { olderKeys, olderSteps } = cache;
  const base = i * OLDER;
  let found = -1;
  for (let k = 0; k < OLDER && found < 0; k++) if (olderKeys[base + k] === key) found = k;
  const step = found >= 0 ? olderSteps[base + found]! : build();
  // The newest moves to the front of the older ones, pushing out the one found or the oldest.
  for (let k = found >= 0 ? found : OLDER - 1; k > 0; k--) {
    olderKeys[base + k] = olderKeys[base + k - 1]!;
    olderSteps[base + k] = olderSteps[base + k - 1];
  }
  olderKeys[base] = cache.newestKey[i]!;
  olderSteps[base] = cache.newestStep[i];
  cache.newestKey[i] = key;
  cache.newestStep[i] = step;
  return step;
}
