import type { ConceptGraph } from '../graph';
import type { ContentIndex, RoadmapMeta } from '../model';
import { planFor } from '../planner';

/** Each roadmap's plan size for a learner who knows nothing: shown before the graph is loaded. */
export function roadmapPlans(graph: ConceptGraph, roadmaps: readonly RoadmapMeta[]): ContentIndex['roadmapPlans'] {
  const plans: Record<string, { steps: number; minutes: number }> = {};
  for (const roadmap of roadmaps) {
    const result = planFor(
      graph,
      roadmap.concepts.filter((id) => graph.index.has(id)),
      new Set(),
    );
    plans[roadmap.id] = result.ok ? { steps: result.plan.totals.concepts, minutes: result.plan.totals.minutes } : { steps: 0, minutes: 0 };
  }
  return plans;
}
