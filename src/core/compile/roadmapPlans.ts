import type { ConceptGraph } from '../graph';
import type { ContentIndex, RoadmapMeta } from '../model';
import { closureFigures } from '../planner';

/** Each roadmap's plan size for a learner who knows nothing: shown before the graph is loaded. */
export function roadmapPlans(graph: ConceptGraph, roadmaps: readonly RoadmapMeta[]): ContentIndex['roadmapPlans'] {
  return Object.fromEntries(roadmaps.map((roadmap) => [roadmap.id, closureFigures(graph, roadmap.concepts)]));
}
