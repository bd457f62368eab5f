import type { Concept, ConceptNode } from '../model';

/** What the graph file keeps of a concept (`ConceptNode`), its quiz question found from its checks. */
export function toConceptNode(concept: Concept): ConceptNode {
  const quizCheck = concept.checks?.findIndex((check) => check.kind === 'choice') ?? -1;
  const { id, title, prerequisites, aliases, estimate } = concept;
  return { id, title, prerequisites, aliases, estimate, ...(quizCheck >= 0 ? { quizCheck } : {}) };
}
