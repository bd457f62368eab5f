import type { ConceptGraph } from '../../core/graph';
import { planFor } from '../../core/planner';
import type { AppState } from '../AppState';
import { selectKnown } from './selectStates';

let cache: { graph: ConceptGraph; known: ReadonlySet<string>; sizes: Map<string, number> } | null = null;

/**
 * How many steps the plan for one concept has given what the learner knows (0 when known);
 * cached per graph and known set, since a search result list asks for many at once.
 */
export function selectPlanSize(state: AppState, id: string): number {
  const known = selectKnown(state);
  if (!cache || cache.graph !== state.graph || cache.known !== known) cache = { graph: state.graph, known, sizes: new Map() };
  let size = cache.sizes.get(id);
  if (size === undefined) {
    const result = planFor(state.graph, [id], known);
    size = result.ok ? result.plan.totals.concepts : 0;
    cache.sizes.set(id, size);
  }
  return size;
}
