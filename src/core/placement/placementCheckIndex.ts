import type { ConceptCheck, ConceptNode } from '../model';

/**
 * The check a placement quiz asks of a concept: its first `choice` question (graded by the app,
 * unlike a recall question), or -1 when it has none. A whole concept finds it in its checks; a
 * graph node carries it (`quizCheck`).
 */
export function placementCheckIndex(concept: Pick<ConceptNode, 'quizCheck'> & { readonly checks?: readonly ConceptCheck[] }): number {
  if (concept.checks) return concept.checks.findIndex((check) => check.kind === 'choice');
  return concept.quizCheck ?? -1;
}
