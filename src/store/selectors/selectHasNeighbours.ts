import type { AppState } from '../AppState';

/** True when concept `id` has a prerequisite or something needs it: it has a local graph to draw. */
export function selectHasNeighbours(state: AppState, id: string): boolean {
  const i = state.graph.index.get(id);
  if (i === undefined) return false;
  const { prereqOffsets: p, dependentOffsets: d } = state.graph;
  return p[i + 1]! > p[i]! || d[i + 1]! > d[i]!;
}
