import type { ConceptGraph } from '../../core/graph';
import type { ProgressState } from '../../core/progress';
import type { AppState } from '../AppState';
import { memoLast } from './memoLast';
import { selectStates } from './selectStates';

/** A concept link's state for display: `missing` when the site has no such concept. */
export type LinkStateOf = (id: string) => ProgressState | 'missing' | null;

const lookup = memoLast((graph: ConceptGraph, full: boolean, states: ReadonlyMap<string, ProgressState>): LinkStateOf => (id) => {
  const i = graph.index.get(id);
  // A partial graph (before the graph file is in) cannot tell a missing concept from one not loaded.
  if (i === undefined) return full ? 'missing' : null;
  return states.get(graph.ids[i]!) ?? null;
});

/** A lookup from a linked id (or alias) to its state; a new function only when states change. */
export function selectLinkStates(state: AppState): LinkStateOf {
  return lookup(state.graph, state.graphStatus === 'ready', selectStates(state));
}
