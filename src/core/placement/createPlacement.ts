import type { ConceptId } from '../model';
import { type ConceptGraph, prerequisitesOf } from '../graph';
import { DEFAULT_PLACEMENT_OPTIONS, type Placement, type PlacementOptions } from './Placement';
import { sampleStates } from './sampleStates';

/**
 * A placement quiz over `planIds` (a plan's concepts): before any answer every knowledge state
 * (set closed under prerequisites) is equally likely, and a
 * concept is askable when `askable(id)` says it has an auto-graded check. Relations are taken from
 * the whole graph, so a path through a concept outside the plan still relates two inside it.
 */
export function createPlacement(
  graph: ConceptGraph,
  planIds: readonly string[],
  askable: (id: ConceptId) => boolean,
  options: Partial<PlacementOptions> = {},
): Placement {
  const local = new Map<number, number>();
  const ids: ConceptId[] = [];
  for (const id of planIds) {
    const g = graph.index.get(id);
    if (g === undefined || local.has(g)) continue;
    local.set(g, ids.length);
    ids.push(graph.ids[g]!);
  }
  const globals = [...local.keys()];
  const above = globals.map((g) => ancestorsIn(graph, g, local));
  // Inverted rather than walked: a concept's dependents may spread over the whole graph, while
  // every path between two of the plan's concepts stays among the plan's ancestors.
  const belowLists: number[][] = ids.map(() => []);
  above.forEach((list, q) => list.forEach((a) => belowLists[a]!.push(q)));
  const below = belowLists.map((list) => Int32Array.from(list));
  const parents = above.map((list) => directOnly(list, above));
  const childLists: number[][] = ids.map(() => []);
  parents.forEach((list, q) => list.forEach((a) => childLists[a]!.push(q)));
  const children = childLists.map((list) => Int32Array.from(list));
  const depth = depthsOf(parents);
  const o = { ...DEFAULT_PLACEMENT_OPTIONS, ...options };
  const evidence = new Float64Array(ids.length);
  const { states, beliefs } = sampleStates({ parents, children, evidence, depth }, null, o.samples, o.seed);
  return {
    ids,
    askable: Uint8Array.from(ids, (id) => (askable(id) ? 1 : 0)),
    above,
    below,
    parents,
    children,
    depth,
    evidence,
    asked: new Uint8Array(ids.length),
    answers: [],
    states,
    beliefs,
    options: o,
  };
}

/** Plan indices of every concept `start` rests on, directly or not. */
function ancestorsIn(graph: ConceptGraph, start: number, local: ReadonlyMap<number, number>): Int32Array {
  const seen = new Set<number>([start]);
  const stack = [start];
  const found: number[] = [];
  while (stack.length > 0) {
    for (const next of prerequisitesOf(graph, stack.pop()!)) {
      if (seen.has(next)) continue;
      seen.add(next);
      stack.push(next);
      const at = local.get(next);
      if (at !== undefined) found.push(at);
    }
  }
  return Int32Array.from(found.sort((a, b) => a - b));
}

/** The members of `list` that no other member rests on: the direct prerequisites. */
function directOnly(list: Int32Array, above: readonly Int32Array[]): Int32Array {
  const implied = new Set<number>();
  for (const a of list) for (const b of above[a]!) implied.add(b);
  return list.filter((a) => !implied.has(a));
}

/** Levels by longest path from the plan's foundations (parents are ancestors, so memoised recursion ends). */
function depthsOf(parents: readonly Int32Array[]): Int32Array {
  const depth = new Int32Array(parents.length).fill(-1);
  const visit = (q: number): number => {
    if (depth[q]! >= 0) return depth[q]!;
    let d = 0;
    for (const p of parents[q]!) d = Math.max(d, visit(p) + 1);
    return (depth[q] = d);
  };
  parents.forEach((_, q) => visit(q));
  return depth;
}
