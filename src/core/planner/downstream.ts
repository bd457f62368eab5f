import type { ConceptId } from '../model';
import type { ConceptGraph } from '../graph';
import { titleRanks } from './titleRanks';
import { startCall } from './plannerScratch';

/** What a concept unlocks: the concepts that list it as a prerequisite, and everything beyond them. */
export interface Downstream {
  readonly direct: readonly ConceptId[];
  readonly all: readonly ConceptId[];
}

const NOTHING: Downstream = Object.freeze({ direct: Object.freeze([]), all: Object.freeze([]) });

/**
 * The concepts that need `id` (an id or alias): `direct` lists those that name it as a
 * prerequisite, by title; `all` every concept that needs it transitively, nearest first and by
 * title within a distance. The concept itself is never included (even on a cycle); an unknown id
 * gives empty lists.
 */
export function downstream(graph: ConceptGraph, id: string): Downstream {
  const start = graph.index.get(id);
  if (start === undefined) return NOTHING;
  const { dependentOffsets, dependentTargets, ids } = graph;
  // `distance`: 1 + the number of steps from `start` (0: not reached); a breadth-first walk.
  const { numbers: distance, stack: queue } = startCall(graph, new Set());
  distance[start] = 1;
  queue[0] = start;
  let tail = 1;
  for (let head = 0; head < tail; head++) {
    const u = queue[head]!;
    for (let k = dependentOffsets[u]!; k < dependentOffsets[u + 1]!; k++) {
      const d = dependentTargets[k]!;
      if (distance[d] !== 0) continue;
      distance[d] = distance[u]! + 1;
      queue[tail++] = d;
    }
  }
  const ranks = titleRanks(graph);
  const found = Array.from(queue.subarray(1, tail), (i) => ({ id: ids[i]!, distance: distance[i]! - 1, rank: ranks[i]! }));
  found.sort((a, b) => a.distance - b.distance || a.rank - b.rank);
  return {
    direct: found.filter((f) => f.distance === 1).map((f) => f.id),
    all: found.map((f) => f.id),
  };
}
