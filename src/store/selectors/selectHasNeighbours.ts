import { dependentsOf, prerequisitesOf } from '../../core/graph';
import type { AppState } from '../AppState';

/** True when concept `id` has a prerequisite or something needs it: it has a local graph to draw. */
export function selectHasNeighbours(state: AppState, id: string): boolean {
  const i = state.graph.index.get(id);
  if (i === undefined) return false;
  return prerequisitesOf(state.graph, i).length > 0 || dependentsOf(state.graph, i).length > 0;
}
