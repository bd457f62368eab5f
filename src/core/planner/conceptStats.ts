import type { ConceptGraph } from '../graph';
import type { ConceptStats } from '../model';

/**
 * A counter of each concept's whole-graph figures for a learner who knows nothing: the steps and
 * minutes of its plan (the concept and everything it needs, transitively: what `planFor` gives
 * with nothing known) and how many concepts need it. The build writes them into each concept's
 * data file, so a concept page shows them before the graph is loaded. Two walks over typed arrays
 * per concept, with one reused visit stamp, so a 10,000-concept site takes well under a second.
 */
export function conceptStatsCounter(graph: ConceptGraph): (i: number) => ConceptStats {
  const n = graph.ids.length;
  const stamp = new Uint32Array(n);
  const stack = new Uint32Array(n);
  let visit = 0;

  /** How many concepts a walk along `offsets`/`targets` reaches from `start` (itself included), and their minutes. */
  const walk = (start: number, offsets: Uint32Array, targets: Uint32Array) => {
    visit++;
    stamp[start] = visit;
    stack[0] = start;
    let size = 1;
    let count = 0;
    let minutes = 0;
    while (size > 0) {
      const u = stack[--size]!;
      count++;
      minutes += graph.concepts[u]!.estimate;
      for (let k = offsets[u]!; k < offsets[u + 1]!; k++) {
        const v = targets[k]!;
        if (stamp[v] === visit) continue;
        stamp[v] = visit;
        stack[size++] = v;
      }
    }
    return { count, minutes };
  };

  return (i) => {
    const plan = walk(i, graph.prereqOffsets, graph.prereqTargets);
    const after = walk(i, graph.dependentOffsets, graph.dependentTargets);
    return { planSteps: plan.count, planMinutes: plan.minutes, unlocksInAll: after.count - 1 };
  };
}

/**
 * Steps and minutes of the plan for `targets` (ids or aliases) for a learner who knows nothing:
 * everything they need, transitively, each once; what `planFor` totals with nothing known, from
 * one walk rather than the planner's tables (which a graph new after every dev edit rebuilds).
 */
export function closureFigures(graph: ConceptGraph, targets: readonly string[]): { readonly steps: number; readonly minutes: number } {
  const seen = new Uint8Array(graph.ids.length);
  const stack: number[] = [];
  for (const id of targets) {
    const i = graph.index.get(id);
    if (i === undefined || seen[i]) continue;
    seen[i] = 1;
    stack.push(i);
  }
  let steps = 0;
  let minutes = 0;
  while (stack.length > 0) {
    const u = stack.pop()!;
    steps++;
    minutes += graph.concepts[u]!.estimate;
    for (let k = graph.prereqOffsets[u]!; k < graph.prereqOffsets[u + 1]!; k++) {
      const v = graph.prereqTargets[k]!;
      if (seen[v]) continue;
      seen[v] = 1;
      stack.push(v);
    }
  }
  return { steps, minutes };
}
