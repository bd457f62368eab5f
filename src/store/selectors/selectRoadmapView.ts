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
export function roadmapProgress(roadmap: RoadmapMeta, graph: ConceptGraph, full: boolean, states: ReadonlyMap<string, ProgressState>) {
  // The compiler checked every link; until the whole graph is in, take them as they are.
  const present = full ? roadmap.concepts.filter((id) => graph.index.has(id)) : roadmap.concepts;
  return { total: present.length, known: count(roadmap, graph, states, 'known'), learning: count(roadmap, graph, states, 'learning') };
}

const view = memoLast(
  (
    index: ContentIndex,
    graph: ConceptGraph,
    full: boolean,
    states: ReadonlyMap<string, ProgressState>,
    known: ReadonlySet<string>,
    id: string,
  ): RoadmapView | null => {
    const roadmap = index.roadmaps.find((r) => r.id === id);
    if (!roadmap) return null;
    const targets = full ? roadmap.concepts.filter((c) => graph.index.has(c)) : roadmap.concepts;
    // Until the whole graph is in, the build's figures (for a learner who knows nothing) stand in.
    const figures = index.roadmapPlans[roadmap.id];
    const result = full || !figures ? planFor(graph, targets, known) : null;
    const totals = result
      ? result.ok
        ? result.plan.totals
        : { concepts: 0, minutes: 0 }
      : { concepts: figures!.steps, minutes: figures!.minutes };
    return {
      roadmap,
      ...roadmapProgress(roadmap, graph, full, states),
      planHref: encodePlanUrl({ targets, known: [], title: roadmap.title }),
      planSteps: totals.concepts,
      planMinutes: totals.minutes,
    };
  },
);

/** The roadmap page's data; `null` for an unknown roadmap id. */
export function selectRoadmapView(state: AppState, id: string): RoadmapView | null {
  return view(state.index, state.graph, state.graphStatus === 'ready', selectStates(state), selectKnown(state), id);
}
