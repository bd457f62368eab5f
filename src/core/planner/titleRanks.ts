import type { ConceptGraph } from '../graph';

const cache = new WeakMap<ConceptGraph, Uint32Array>();

/**
 * Each concept's rank when all are ordered by title (case-insensitively) then id, so lists can be
 * sorted by title with integer comparisons. Computed once per graph.
 */
export function titleRanks(graph: ConceptGraph): Uint32Array {
  let ranks = cache.get(graph);
  if (!ranks) {
    const { ids, concepts } = graph;
    // Lower-cased once, not in every comparison.
    const keyed = ids.map((id, i) => ({ i, id, title: concepts[i]!.title.toLowerCase() }));
    keyed.sort((a, b) => (a.title < b.title ? -1 : a.title > b.title ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    ranks = new Uint32Array(ids.length);
    keyed.forEach((entry, rank) => (ranks![entry.i] = rank));
    cache.set(graph, ranks);
  }
  return ranks;
}
