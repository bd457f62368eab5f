import type { RoadmapMeta } from '../../core/model';
import type { ContentIndex } from '../../core/model';
import { conceptOf, type ConceptGraph } from '../../core/graph';
import type { FrontierEntry } from '../../core/planner';
import type { ProgressState } from '../../core/progress';
import type { AppState } from '../AppState';
import { memoLast } from './memoLast';
import type { ConceptRef } from './selectConceptView';
import { selectFrontier } from './selectFrontier';
import { roadmapProgress } from './selectRoadmapView';
import { selectStates } from './selectStates';

/** How many "ready to learn next" concepts the home page lists. */
export const NEXT_COUNT = 6;

/** Everything the home page shows. */
export interface HomeView {
  readonly roadmaps: readonly {
    readonly roadmap: RoadmapMeta;
    readonly total: number;
    readonly known: number;
    readonly learning: number;
  }[];
  readonly learning: readonly ConceptRef[];
  /** Summaries come with concepts' data files: absent until fetched. */
  readonly next: readonly (ConceptRef & { readonly summary?: string; readonly summaryHtml?: string; readonly unlocks: number })[];
  readonly knownCount: number;
}

const view = memoLast(
  (
    index: ContentIndex,
    graph: ConceptGraph,
    full: boolean,
    details: AppState['details'],
    states: ReadonlyMap<string, ProgressState>,
    ready: readonly FrontierEntry[],
  ): HomeView => {
    const featured = index.site.featuredRoadmap;
    const roadmaps = [...index.roadmaps]
      .sort((a, b) => Number(b.id === featured) - Number(a.id === featured))
      .map((roadmap) => ({ roadmap, ...roadmapProgress(roadmap, graph, full, states) }));
    const learning: ConceptRef[] = [];
    let knownCount = 0;
    for (const [id, state] of states) {
      const i = graph.index.get(id);
      if (i === undefined) continue;
      if (state === 'known') knownCount++;
      else learning.push({ id: graph.ids[i]!, title: graph.concepts[i]!.title, state });
    }
    const next = (full ? ready : []).slice(0, NEXT_COUNT).map(({ id, unlocks }) => {
      const node = conceptOf(graph, id)!;
      const entry = details[node.id];
      const concept = entry?.status === 'ready' ? entry.concept : undefined;
      const summaryHtml = concept?.html?.summary;
      return {
        id,
        title: node.title,
        ...(concept ? { summary: concept.summary } : {}),
        ...(summaryHtml === undefined ? {} : { summaryHtml }),
        state: states.get(id) ?? null,
        unlocks,
      };
    });
    return { roadmaps, learning, next, knownCount };
  },
);

/** The home page's data: roadmaps with progress, concepts being learnt, what is ready next (plans: `selectContinue`). */
export function selectHomeView(state: AppState): HomeView {
  return view(state.index, state.graph, state.graphStatus === 'ready', state.details, selectStates(state), selectFrontier(state));
}
