import type { ConceptId } from '../model';
import type { ConceptGraph } from '../graph';
import { prerequisitesOf } from '../graph';
import { inducedSubGraph, type SubGraph } from '../layout';

/** A plan's graph: its steps first (in plan order), then, if asked, known concepts at its edge. */
export interface PlanGraph extends SubGraph {
  /** How many of the nodes are steps; nodes from `stepCount` on are known boundary concepts. */
  readonly stepCount: number;
}

/**
 * The graph of a plan: one node per step, in step order, and the prerequisite edges between
 * steps. With `boundary`, the known direct prerequisites of the steps follow as extra nodes (in
 * order of first need), so the learner sees what the plan builds on. Steps that are not in the
 * graph are skipped.
 */
export function planGraph(graph: ConceptGraph, steps: readonly ConceptId[], boundary = false): PlanGraph {
  const indices: number[] = [];
  const inPlan = new Set<number>();
  for (const id of steps) {
    const i = graph.index.get(id);
    if (i === undefined || inPlan.has(i)) continue;
    inPlan.add(i);
    indices.push(i);
  }
  const stepCount = indices.length;
  if (boundary) {
    const added = new Set<number>();
    for (let k = 0; k < stepCount; k++) {
      for (const p of prerequisitesOf(graph, indices[k]!)) {
        if (inPlan.has(p) || added.has(p)) continue;
        added.add(p);
      }
    }
    indices.push(...added);
  }
  return { ...inducedSubGraph(graph, indices), stepCount };
}
