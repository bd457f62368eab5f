import type { Concept, Resource } from '../../core/model';
import type { ConceptId } from '../../core/model';
import type { ConceptGraph } from '../../core/graph';
import { downstream } from '../../core/planner';
import { planFor } from '../../core/planner';
import { encodePlanUrl } from '../../core/planner';
import type { ProgressState } from '../../core/progress';
import type { AppState } from '../AppState';
import { memoLast } from './memoLast';
import { selectKnown, selectStates } from './selectStates';

/** A linked concept with what the learner says about it. */
export interface ConceptRef {
  readonly id: ConceptId;
  readonly title: string;
  readonly state: ProgressState | null;
  readonly reason?: string;
  /** The reason as HTML, when it has math. */
  readonly reasonHtml?: string;
}

/** Everything the concept page shows. */
export interface ConceptView {
  readonly concept: Concept;
  readonly state: ProgressState | null;
  readonly prerequisites: readonly ConceptRef[];
  /** Concepts that list this one as a prerequisite, by title. */
  readonly unlocks: readonly ConceptRef[];
  /** How many concepts need this one, directly or through others. */
  readonly unlocksInAll: number;
  readonly coreResources: readonly Resource[];
  readonly supplementaryResources: readonly Resource[];
  readonly planHref: string;
  /** Steps and minutes of the plan for this concept given what the learner knows. */
  readonly planSteps: number;
  readonly planMinutes: number;
  readonly editHref: string | null;
}

function ref(graph: ConceptGraph, states: ReadonlyMap<string, ProgressState>, i: number, reason?: string, reasonHtml?: string): ConceptRef {
  const id = graph.ids[i]!;
  const why = reason ? (reasonHtml === undefined ? { reason } : { reason, reasonHtml }) : {};
  return { id, title: graph.concepts[i]!.title, state: states.get(id) ?? null, ...why };
}

const view = memoLast(
  (
    graph: ConceptGraph,
    full: boolean,
    details: AppState['details'],
    stats: AppState['stats'],
    states: ReadonlyMap<string, ProgressState>,
    known: ReadonlySet<string>,
    editUrl: string | undefined,
    id: string,
  ): ConceptView | null | undefined => {
    const i = graph.index.get(id);
    const entry = i === undefined ? undefined : details[graph.ids[i]!];
    if (i === undefined || entry?.status !== 'ready') return full && i === undefined ? null : undefined;
    const { concept } = entry;
    const prerequisites = concept.prerequisites.flatMap((p) => {
      const j = graph.index.get(p.id);
      return j === undefined || j === i ? [] : [ref(graph, states, j, p.reason, p.reasonHtml)];
    });
    const after = downstream(graph, concept.id);
    const unlocks = after.direct.map((d) => ref(graph, states, graph.index.get(d)!));
    // Until the whole graph is in, the build's figures (for a learner who knows nothing) stand in.
    const figures = stats[concept.id];
    const result = full || !figures ? planFor(graph, [concept.id], known) : null;
    const plan = result
      ? result.ok
        ? result.plan.totals
        : { concepts: 0, minutes: 0 }
      : { concepts: figures!.planSteps, minutes: figures!.planMinutes };
    return {
      concept,
      state: states.get(concept.id) ?? null,
      prerequisites,
      unlocks,
      unlocksInAll: full || !figures ? after.all.length : figures.unlocksInAll,
      coreResources: concept.resources.filter((r) => r.core),
      supplementaryResources: concept.resources.filter((r) => !r.core),
      planHref: encodePlanUrl({ targets: [concept.id], known: [] }),
      planSteps: plan.concepts,
      planMinutes: plan.minutes,
      editHref: editUrl ? editUrl.replaceAll('{path}', concept.file) : null,
    };
  },
);

/**
 * The concept page's data for an id or alias: `null` when no concept has it, `undefined` while
 * its data (or the graph that would tell) is on its way.
 */
export function selectConceptView(state: AppState, id: string): ConceptView | null | undefined {
  const full = state.graphStatus === 'ready';
  return view(state.graph, full, state.details, state.stats, selectStates(state), selectKnown(state), state.index.site.editUrl, id);
}
