import type { ConceptGraph } from '../graph';
import type { NeededBy } from './Plan';

/** Rows (the concepts that list a concept) up to this long are tracked as bit masks in a walk. */
export const MAX_MASK_ROW = 24;
/** Bit position in `packedEdges` of an edge into a longer row: the walk counts those instead. */
export const LONG_ROW = 31;
/** `packedEdges` entry: prerequisite index in the low 27 bits, row position above. */
export const EDGE_INDEX_MASK = 2 ** 27 - 1;
export const EDGE_BIT_SHIFT = 27;
/** Entries per concept in `PlannerTables.hot`: minutes, row length, then the newest step and its key. */
export const HOT_STRIDE = 4;
export const MINUTES = 0;
export const ROW_LENGTH = 1;
export const HOT_KEY = 2;
export const HOT_STEP = 3;
/** Older steps remembered per concept in `PlannerTables.cold`, besides the newest. */
export const OLDER_STEPS = 2;
/** Entries per concept in `PlannerTables.cold`: id, title, row (once built), then older key/step pairs. */
export const COLD_STRIDE = 3 + 2 * OLDER_STEPS;
export const ID = 0;
export const TITLE = 1;
export const ROW = 2;
export const OLDER = 3;

/**
 * Flat per-graph tables the planner reads instead of the concept objects, so building a plan of
 * tens of thousands of steps reads one short run of memory per step rather than scattered objects.
 *
 * A concept's "row" lists the concepts that name it as a prerequisite, by id (so no order depends
 * on the order concepts came in): `needTargets[dependentOffsets[i] ..]`. For concept `i`,
 * `hot[i * HOT_STRIDE ..]` holds what every plan reads (its minutes, the length of its row, the
 * newest step built for it and that step's key), and `cold[i * COLD_STRIDE ..]` the rest: id,
 * title, its row as frozen `NeededBy` entries with the author's reasons (see `rowOf`), and older
 * steps with their keys. A step is frozen and equal in every plan where the concept has the same
 * `ready`, `isTarget` and row entries in the plan, so plans share them (and a UI can skip
 * re-rendering a step that did not change). `packedEdges` is `prereqTargets` with, above each
 * prerequisite, the position in its row of the concept that has the edge (or `LONG_ROW`), so a
 * walk reads one array per edge.
 */
export interface PlannerTables {
  readonly hot: unknown[];
  readonly cold: unknown[];
  readonly needTargets: Uint32Array;
  /** For each row entry, its edge in `prereqTargets` (where the author's reason is found). */
  readonly needEdges: Uint32Array;
  readonly packedEdges: Uint32Array;
}

const cache = new WeakMap<ConceptGraph, PlannerTables>();

/** The tables of `graph`, built on first use (graphs are immutable, so they never go stale). */
export function plannerTables(graph: ConceptGraph): PlannerTables {
  let tables = cache.get(graph);
  if (!tables) {
    tables = buildTables(graph);
    cache.set(graph, tables);
  }
  return tables;
}

function buildTables(graph: ConceptGraph): PlannerTables {
  const { concepts, ids, prereqOffsets, prereqTargets, dependentOffsets } = graph;
  const n = ids.length;
  const byId = Array.from({ length: n }, (_, i) => i).sort((a, b) => (ids[a]! < ids[b]! ? -1 : ids[a]! > ids[b]! ? 1 : 0));
  // Filling rows while visiting concepts by id leaves every row sorted by id.
  const needTargets = new Uint32Array(dependentOffsets[n]!);
  const needEdges = new Uint32Array(dependentOffsets[n]!);
  const packedEdges = new Uint32Array(prereqTargets.length);
  const fill = dependentOffsets.slice(0, n);
  for (const d of byId) {
    for (let k = prereqOffsets[d]!; k < prereqOffsets[d + 1]!; k++) {
      const j = prereqTargets[k]!;
      const slot = fill[j]!++;
      needTargets[slot] = d;
      needEdges[slot] = k;
      const length = dependentOffsets[j + 1]! - dependentOffsets[j]!;
      const bit = length <= MAX_MASK_ROW ? slot - dependentOffsets[j]! : LONG_ROW;
      packedEdges[k] = (j | (bit << EDGE_BIT_SHIFT)) >>> 0;
    }
  }
  const hot: unknown[] = [];
  const cold: unknown[] = [];
  for (let i = 0; i < n; i++) {
    const concept = concepts[i]!;
    hot.push(concept.estimate, dependentOffsets[i + 1]! - dependentOffsets[i]!, -1, undefined);
    cold.push(ids[i], concept.title, undefined);
    for (let k = 0; k < OLDER_STEPS; k++) cold.push(-1, undefined);
  }
  return { hot, cold, needTargets, needEdges, packedEdges };
}

/** Concept `i`'s row as frozen `NeededBy` entries with the author's reasons, built once. */
export function rowOf(graph: ConceptGraph, tables: PlannerTables, i: number): readonly NeededBy[] {
  const c = i * COLD_STRIDE;
  let row = tables.cold[c + ROW] as readonly NeededBy[] | undefined;
  if (!row) {
    const { prereqOffsets, concepts, index } = graph;
    const entries: NeededBy[] = [];
    for (let s = graph.dependentOffsets[i]!; s < graph.dependentOffsets[i + 1]!; s++) {
      const d = tables.needTargets[s]!;
      const written = concepts[d]!.prerequisites;
      const start = prereqOffsets[d]!;
      // When the graph dropped none of the author's entries, edge k is entry k; otherwise the first
      // entry that names this prerequisite carries the reason (repeats are dropped).
      const reason =
        written.length === prereqOffsets[d + 1]! - start
          ? written[tables.needEdges[s]! - start]!.reason
          : written.find((p) => index.get(p.id) === i)?.reason;
      const id = graph.ids[d]!;
      entries.push(Object.freeze(reason === undefined ? { id } : { id, reason }));
    }
    row = Object.freeze(entries);
    tables.cold[c + ROW] = row;
  }
  return row;
}
