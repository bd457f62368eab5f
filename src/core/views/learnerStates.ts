import type { ConceptGraph } from '../graph';
import { prerequisitesOf } from '../graph';
import type { ProgressState } from '../progress';

/** What a concept in a graph view shows: the learner's state, or whether it can be started. */
export type LearnerState = 'known' | 'learning' | 'ready' | 'later';

const NOTHING: ReadonlySet<string> = new Set();

/**
 * The state of each concept at graph `indices`, the one rule every graph view uses: `known` when
 * the learner marked it known or a plan assumes it (`assumed`), else `learning` as marked, else
 * `ready` when every prerequisite is known in that sense, else `later`. `states` is keyed by
 * current id. In a plan this gives exactly the steps' `ready`, since the plan was computed with
 * the same known concepts.
 */
export function learnerStates(
  graph: ConceptGraph,
  indices: readonly number[],
  states: ReadonlyMap<string, ProgressState>,
  assumed: ReadonlySet<string> = NOTHING,
): LearnerState[] {
  const isKnown = (i: number) => states.get(graph.ids[i]!) === 'known' || assumed.has(graph.ids[i]!);
  return indices.map((i) => {
    if (isKnown(i)) return 'known';
    if (states.get(graph.ids[i]!) === 'learning') return 'learning';
    for (const p of prerequisitesOf(graph, i)) if (!isKnown(p)) return 'later';
    return 'ready';
  });
}
