import type { ConceptGraph } from '../core/graph';

/**
 * Every id that names the same concept as `id`: its current id first, then its aliases. An id the
 * graph does not know names only itself (its state is still kept).
 */
export function namesOf(graph: ConceptGraph, id: string): readonly string[] {
  const i = graph.index.get(id);
  const concept = i === undefined ? undefined : graph.concepts[i];
  if (!concept) return [id];
  return [concept.id, ...concept.aliases.filter((alias) => alias !== concept.id)];
}
