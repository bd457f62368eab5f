import type { ConceptGraph } from '../../src/core/graph';
import { planFor } from '../../src/core/planner';

/** A target and the size of its plan with nothing known. */
export interface SizedPlan {
  readonly id: string;
  readonly steps: number;
}

/**
 * A concept whose plan (nothing known) has about `size` steps: plans every `stride`-th concept,
 * then every concept around the best of those, and keeps the closest it planned (the first in
 * graph order on a tie). Plan size grows with depth, which varies smoothly along the synthetic
 * content, so this lands within a few steps of the closest without planning all 10,000 concepts;
 * at stride 1 it is exhaustive.
 */
export function closestPlan(graph: ConceptGraph, size: number, stride = Math.max(1, Math.ceil(graph.ids.length / 200))): SizedPlan {
  const n = graph.ids.length;
  if (n === 0) throw new Error('closestPlan: the graph is empty');
  let best: SizedPlan | undefined;
  let bestAt = 0;
  const consider = (i: number) => {
    const result = planFor(graph, [graph.ids[i]!], new Set());
    if (!result.ok) return;
    const steps = result.plan.steps.length;
    if (
      !best ||
      Math.abs(steps - size) < Math.abs(best.steps - size) ||
      (Math.abs(steps - size) === Math.abs(best.steps - size) && i < bestAt)
    ) {
      best = { id: graph.ids[i]!, steps };
      bestAt = i;
    }
  };
  for (let i = 0; i < n; i += stride) consider(i);
  const centre = bestAt;
  for (let i = Math.max(0, centre - stride); i <= Math.min(n - 1, centre + stride); i++) consider(i);
  return best!;
}
