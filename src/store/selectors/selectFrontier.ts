import type { ConceptGraph } from '../../core/graph';
import { frontier, type FrontierEntry } from '../../core/planner';
import type { AppState } from '../AppState';
import { memoLast } from './memoLast';
import { selectKnown } from './selectStates';

const ranked = memoLast((graph: ConceptGraph, known: ReadonlySet<string>) => frontier(graph, known));

/** What the learner can learn now, most unlocking first. */
export function selectFrontier(state: AppState): readonly FrontierEntry[] {
  return ranked(state.graph, selectKnown(state));
}
