import type { Concept } from '../model';
import type { CheckedContent } from './CheckedContent';

/**
 * The concepts as the site publishes them, in graph order (`graphConcepts(c)[i]` is concept `i` of
 * `c.graph`): `c.concepts`, whose texts have their math rendered, rather than the graph's copies,
 * which are made from front-matter alone (before `linkContent` renders the math).
 */
export function graphConcepts(content: Pick<CheckedContent, 'concepts' | 'graph'>): readonly Concept[] {
  const byId = new Map<string, Concept>();
  for (const concept of content.concepts) if (!byId.has(concept.id)) byId.set(concept.id, concept);
  return content.graph.concepts.map((concept) => byId.get(concept.id) ?? concept);
}
