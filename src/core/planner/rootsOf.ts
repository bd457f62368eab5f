import type { ConceptGraph } from '../graph';

const cache = new WeakMap<ConceptGraph, Uint32Array>();

/** Indices of the concepts without prerequisites, in index order. Computed once per graph. */
export function rootsOf(graph: ConceptGraph): Uint32Array {
  let roots = cache.get(graph);
  if (!roots) {
    const { prereqOffsets } = graph;
    const found: number[] = [];
    for (let i = 0; i < graph.ids.length; i++) if (prereqOffsets[i] === prereqOffsets[i + 1]) found.push(i);
    roots = Uint32Array.from(found);
    cache.set(graph, roots);
  }
  return roots;
}
