import type { ConceptGraph } from '../../core/graph';
import type { ProgressState } from '../../core/progress';
import { resolveStates } from '../../core/progress';
import type { AppState } from '../AppState';
import { memoLast } from './memoLast';

const resolved = memoLast((graph: ConceptGraph, states: Readonly<Record<string, ProgressState>>) =>
  resolveStates(states, (key) => {
    const i = graph.index.get(key);
    return i === undefined ? undefined : graph.ids[i];
  }),
);

const knownOf = memoLast((states: ReadonlyMap<string, ProgressState>): ReadonlySet<string> => {
  const known = new Set<string>();
  for (const [id, state] of states) if (state === 'known') known.add(id);
  return known;
});

/** The learner's states keyed by current concept id (aliases followed; unknown ids kept). */
export function selectStates(state: AppState): ReadonlyMap<string, ProgressState> {
  return resolved(state.graph, state.progress.states);
}

/** Ids the learner knows (current ids), the set the planner takes. */
export function selectKnown(state: AppState): ReadonlySet<string> {
  return knownOf(selectStates(state));
}

/** One concept's state, `null` when not started. A primitive, so components can select it directly. */
export function selectStateOf(state: AppState, id: string): ProgressState | null {
  const i = state.graph.index.get(id);
  const current = i === undefined ? id : (state.graph.ids[i] ?? id);
  return selectStates(state).get(current) ?? null;
}
