import { dependentsOf, prerequisitesOf, toConceptNode, type ConceptGraph } from '../graph';
import type { Concept, ConceptData, ConceptNode, ConceptStats, RenderedBody } from '../model';

const EMPTY_BODY: RenderedBody = { html: '', links: [], headings: [] };

/**
 * Concept `i`'s data file: its metadata, its body, its neighbours (what it needs and what needs
 * it, as graph nodes) and its whole-graph figures, so its page needs nothing else to show.
 * `concepts` are the published concepts in graph order (`graphConcepts`).
 */
export function conceptDataOf(
  graph: ConceptGraph,
  concepts: readonly Concept[],
  i: number,
  body: RenderedBody | undefined,
  stats: ConceptStats,
): ConceptData {
  const neighbours = new Map<number, ConceptNode>();
  for (const j of prerequisitesOf(graph, i)) neighbours.set(j, toConceptNode(concepts[j]!));
  for (const j of dependentsOf(graph, i)) if (!neighbours.has(j)) neighbours.set(j, toConceptNode(concepts[j]!));
  return { concept: concepts[i]!, body: body ?? EMPTY_BODY, neighbours: [...neighbours.values()], stats };
}
