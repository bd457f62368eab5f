import type { RoadmapMeta } from '../../core/model';
import type { ContentIndex } from '../../core/model';
import type { ConceptGraph } from '../../core/graph';
import { planFor } from '../../core/planner';
import { encodePlanUrl } from '../../core/planner';
import type { ProgressState } from '../../core/progress';
import type { AppState } from '../AppState';
import { memoLast } from './memoLast';
import { selectKnown, selectStates } from './selectStates';

/** A roadmap with the learner's progress through the concepts it links to. */
export interface RoadmapView {
  readonly roadmap: RoadmapMeta;
  readonly total: number;
  readonly known: number;
  readonly learning: number;
  /** The plan for every concept the roadmap links to, titled after it. */
  readonly planHref: string;
  readonly planSteps: number;
  readonly planMinutes: number;
}

function count(roadmap: RoadmapMeta, graph: ConceptGraph, states: ReadonlyMap<string, ProgressState>, value: ProgressState): number {
  return roadmap.concepts.filter((id) => {
    const i = graph.index.get(id);
    return i !== undefined && states.get(graph.ids[i]!) === value;
  }).length;
}

/** Progress through one roadmap (no plan: cheap enough for lists). */
export function roadmapProgress(roadmap: RoadmapMeta, graph: ConceptGraph, states: ReadonlyMap<string, ProgressState>) {
  const present = roadmap.concepts.filter((id) => graph.index.has(id));
  return { total: present.length, known: count(roadmap, graph, states, 'known'), learning: count(roadmap, graph, states, 'learning') };
}

const view = memoLast(
  (
    index: ContentIndex,
    graph: ConceptGraph,
    states: ReadonlyMap<string, ProgressState>,
    known: ReadonlySet<string>,
    id: string,
  ): RoadmapView | null => {
    const roadmap = index.roadmaps.find((r) => r.id === id);
    if (!roadmap) return null;
    const targets = roadmap.concepts.filter((c) => graph.index.has(c));
    const result = planFor(graph, targets, known);
    const totals = result.ok ? result.plan.totals : { concepts: 0, minutes: 0 };
    return {
      roadmap,
      ...roadmapProgress(roadmap, graph, states),
      planHref: encodePlanUrl({ targets, known: [], title: roadmap.title }),
      planSteps: totals.concepts,
      planMinutes: totals.minutes,
    };
  },
);

/** The roadmap page's data; `null` for an unknown roadmap id. */
export function selectRoadmapView(state: AppState, id: string): RoadmapView | null {
  return view(state.index, state.graph, selectStates(state), selectKnown(state), id);
}
