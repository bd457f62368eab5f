import type { ConceptGraph } from '../../core/graph';

/** The title a plan without one is shown under: "Plan for A", "Plan for A and B", "Plan for A and 3 more". */
export function planTitle(graph: ConceptGraph, targets: readonly string[]): string {
  const titles = targets.map((id) => {
    const i = graph.index.get(id);
    return i === undefined ? id : (graph.concepts[i]?.title ?? id);
  });
  if (titles.length <= 2) return `Plan for ${titles.join(' and ')}`;
  return `Plan for ${titles[0]} and ${titles.length - 1} more`;
}
