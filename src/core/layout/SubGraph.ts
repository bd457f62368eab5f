import type { ConceptId } from '../model';
import type { ConceptGraph } from '../graph';
import { prerequisitesOf } from '../graph';
import type { LayoutEdge } from './Layout';

/**
 * Part of the concept graph, ready to lay out: node `i` is concept `ids[i]` (graph index
 * `indices[i]`), and `edges` are prerequisite edges `[prerequisite, concept]` between nodes.
 */
export interface SubGraph {
  readonly ids: readonly ConceptId[];
  readonly indices: readonly number[];
  readonly edges: readonly LayoutEdge[];
}

/** The concepts at graph `indices` (in that order) and every prerequisite edge among them. */
export function inducedSubGraph(graph: ConceptGraph, indices: readonly number[]): SubGraph {
  const node = new Map<number, number>();
  indices.forEach((g, i) => node.set(g, i));
  const edges: LayoutEdge[] = [];
  indices.forEach((g, i) => {
    for (const p of prerequisitesOf(graph, g)) {
      const j = node.get(p);
      if (j !== undefined) edges.push([j, i]);
    }
  });
  return { ids: indices.map((g) => graph.ids[g]!), indices, edges };
}

/** The whole graph: every concept, in graph order. */
export function wholeGraph(graph: ConceptGraph): SubGraph {
  return inducedSubGraph(
    graph,
    graph.ids.map((_, i) => i),
  );
}
