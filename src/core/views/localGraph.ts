import type { ConceptGraph } from '../graph';
import { dependentsOf, prerequisitesOf } from '../graph';
import { inducedSubGraph, type SubGraph } from '../layout';

/** A concept's neighbourhood; `distance[i]` is negative for prerequisites, positive for dependents. */
export interface LocalGraph extends SubGraph {
  readonly distance: readonly number[];
}

/**
 * The prerequisites of concept `centre` (a graph index) up to `radius` steps back and the concepts
 * that build on it up to `radius` steps on, with the centre as node 0 and the edges among them.
 * Nodes are in breadth-first order, prerequisites before dependents at each distance.
 */
export function localGraph(graph: ConceptGraph, centre: number, radius = 2): LocalGraph {
  const distance = new Map<number, number>([[centre, 0]]);
  let back = [centre];
  let on = [centre];
  for (let d = 1; d <= radius; d++) {
    const nextBack: number[] = [];
    for (const v of back) {
      for (const p of prerequisitesOf(graph, v)) {
        if (distance.has(p)) continue;
        distance.set(p, -d);
        nextBack.push(p);
      }
    }
    const nextOn: number[] = [];
    for (const v of on) {
      for (const c of dependentsOf(graph, v)) {
        if (distance.has(c)) continue;
        distance.set(c, d);
        nextOn.push(c);
      }
    }
    back = nextBack;
    on = nextOn;
  }
  const indices = [...distance.keys()];
  return { ...inducedSubGraph(graph, indices), distance: indices.map((i) => distance.get(i)!) };
}
