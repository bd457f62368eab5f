import { explain, type ExplainLink } from '../../core/planner';
import type { Plan } from '../../core/planner';
import type { AppState } from '../AppState';

const cache = new WeakMap<Plan, Map<string, readonly ExplainLink[]>>();

/** Why a step is in a plan: its chain to a target, cached per plan so it is stable across renders. */
export function selectExplanation(state: AppState, plan: Plan, id: string): readonly ExplainLink[] {
  let byId = cache.get(plan);
  if (!byId) cache.set(plan, (byId = new Map()));
  let chain = byId.get(id);
  if (!chain) byId.set(id, (chain = explain(state.graph, plan, id)));
  return chain;
}
