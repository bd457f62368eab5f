import type { ConceptGraph } from '../graph';
import { prerequisitesOf } from '../graph';
import type { ProgressState } from '../progress';

/** What a concept in a graph view shows: the learner's state, or whether it can be started. */
export type LearnerState = 'known' | 'learning' | 'ready' | 'later';

/**
 * The state of each concept at graph `indices`: `known` and `learning` as the learner marked
 * them (`states` keyed by current id), else `ready` when every prerequisite is known, else
 * `later`.
 */
export function learnerStates(graph: ConceptGraph, indices: readonly number[], states: ReadonlyMap<string, ProgressState>): LearnerState[] {
  return indices.map((i) => {
    const own = states.get(graph.ids[i]!);
    if (own) return own;
    for (const p of prerequisitesOf(graph, i)) if (states.get(graph.ids[p]!) !== 'known') return 'later';
    return 'ready';
  });
}
