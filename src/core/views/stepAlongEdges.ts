import type { Layout } from '../layout';

/** Where to move from a node: along an edge back or on, or to a neighbour in its layer. */
export type GraphStep = 'prerequisite' | 'dependent' | 'previous' | 'next';

/**
 * The node keyboard focus moves to from `current`, or `null` at the edge of the graph. Along
 * edges it picks the drawn prerequisite (or dependent) whose box is nearest across the layers;
 * within a layer, the neighbouring node in layer order.
 */
export function stepAlongEdges(layout: Layout, current: number, step: GraphStep): number | null {
  const here = layout.nodes[current];
  if (!here) return null;
  const across = (i: number): number => {
    const n = layout.nodes[i]!;
    return layout.direction === 'down' ? n.x : n.y;
  };
  if (step === 'prerequisite' || step === 'dependent') {
    let best: number | null = null;
    let bestGap = Infinity;
    for (const edge of layout.edges) {
      const from = step === 'prerequisite' ? edge.to : edge.from;
      const to = step === 'prerequisite' ? edge.from : edge.to;
      if (from !== current) continue;
      const gap = Math.abs(across(to) - across(current));
      if (gap < bestGap || (gap === bestGap && best !== null && to < best)) {
        best = to;
        bestGap = gap;
      }
    }
    return best;
  }
  let best: number | null = null;
  layout.nodes.forEach((n, i) => {
    if (n.layer !== here.layer || i === current) return;
    const ahead = step === 'next' ? n.order > here.order : n.order < here.order;
    if (!ahead) return;
    const b = best === null ? null : layout.nodes[best]!;
    if (b === null || (step === 'next' ? n.order < b.order : n.order > b.order)) best = i;
  });
  return best;
}
