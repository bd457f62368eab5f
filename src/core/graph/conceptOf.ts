import type { ConceptNode } from '../model';
import type { ConceptGraph } from './ConceptGraph';

/** The concept an id or alias names, or undefined when the graph has none. */
export function conceptOf(graph: ConceptGraph, id: string): ConceptNode | undefined {
  const i = graph.index.get(id);
  return i === undefined ? undefined : graph.concepts[i];
}

/** The title of the concept an id or alias names, or the id itself when the graph has none. */
export function titleOf(graph: ConceptGraph, id: string): string {
  return conceptOf(graph, id)?.title ?? id;
}
