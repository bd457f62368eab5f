import type { ConceptId } from '../../core/model';
import type { ConceptGraph } from '../../core/graph';
import type { Plan, PlanSpec } from '../../core/planner';
import { planFor } from '../../core/planner';
import { decodePlanUrl, encodePlanUrl } from '../../core/planner';
import type { ProgressState } from '../../core/progress';
import type { AppState } from '../AppState';
import { memoLast } from './memoLast';
import { planTitle } from './planTitle';
import { selectReviewStatuses } from './selectReviewQueue';
import { selectKnown, selectStates } from './selectStates';

/** A concept the plan assumes known, and what the learner says about it. */
export interface AssumedConcept {
  readonly id: ConceptId;
  readonly title: string;
  readonly yours: ProgressState | null;
}

/** Everything the plan page shows, or why the URL gave no plan. */
export type PlanView =
  | {
      readonly ok: false;
      readonly message: string;
      /** Plans to offer instead when targets were mistyped: the URL and the title of each. */
      readonly corrections: readonly { readonly url: string; readonly title: string }[];
    }
  | {
      readonly ok: true;
      readonly spec: PlanSpec;
      /** The plan's own title, or one made from its targets. */
      readonly title: string;
      readonly plan: Plan;
      readonly assumed: readonly AssumedConcept[];
      /** States of the steps (a step can be `learning`; known ones are not steps). */
      readonly states: ReadonlyMap<string, ProgressState>;
      /** The canonical URL: what saving and sharing use. */
      readonly url: string;
      readonly warnings: readonly string[];
      /** Steps whose review says so: `due` for review, or `failed` (being learnt again after a failed review). */
      readonly reviews: ReadonlyMap<string, 'due' | 'failed'>;
    };

const view = memoLast(
  (
    graph: ConceptGraph,
    known: ReadonlySet<string>,
    states: ReadonlyMap<string, ProgressState>,
    url: string,
    reviews: ReadonlyMap<string, 'due' | 'failed'>,
  ): PlanView => {
    const decoded = decodePlanUrl(url, graph);
    if (!decoded.ok) {
      const corrections = (decoded.corrections ?? []).map((spec) => ({ url: encodePlanUrl(spec), title: planTitle(graph, spec.targets) }));
      return { ok: false, message: decoded.message, corrections };
    }
    const { spec } = decoded;
    // The plan's assumed concepts count as known here, on top of the learner's own and never stored.
    const planKnown = new Set(known);
    for (const id of spec.known) planKnown.add(id);
    const result = planFor(graph, spec.targets, planKnown);
    if (!result.ok) return { ok: false, message: result.error.message, corrections: [] };
    const assumed = spec.known.map((id) => {
      const i = graph.index.get(id);
      return { id, title: i === undefined ? id : (graph.concepts[i]?.title ?? id), yours: states.get(id) ?? null };
    });
    return {
      ok: true,
      spec,
      title: spec.title ?? planTitle(graph, spec.targets),
      plan: result.plan,
      assumed,
      states,
      url: encodePlanUrl(spec),
      warnings: decoded.warnings,
      reviews,
    };
  },
);

/** The plan a `/plan/…` URL describes, computed for this learner. */
export function selectPlanView(state: AppState, url: string): PlanView {
  return view(state.graph, selectKnown(state), selectStates(state), url, selectReviewStatuses(state));
}
