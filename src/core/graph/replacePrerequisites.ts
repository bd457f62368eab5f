import type { ConceptNode } from '../model';
import type { ConceptGraph } from './ConceptGraph';

/**
 * The graph with some concepts' metadata (and so their prerequisites) replaced, the ids and
 * aliases staying the same. Equal to `buildGraph(concepts)`, but built from the old adjacency
 * with typed-array copies instead of maps, so an edit to one concept among 10,000 costs well under
 * a millisecond. `changed` lists the indices whose prerequisites differ.
 */
export function replacePrerequisites<N extends ConceptNode>(
  graph: ConceptGraph<N>,
  concepts: readonly N[],
  changed: readonly number[],
): ConceptGraph<N> {
  const n = concepts.length;
  const replaced = new Map<number, number[]>();
  for (const i of changed) replaced.set(i, targetsOf(graph, concepts[i]!, i));
  let edges = graph.prereqTargets.length;
  for (const [i, targets] of replaced) edges += targets.length - (graph.prereqOffsets[i + 1]! - graph.prereqOffsets[i]!);

  const prereqOffsets = new Uint32Array(n + 1);
  const prereqTargets = new Uint32Array(edges);
  const indegree = new Uint32Array(n);
  let at = 0;
  for (let i = 0; i < n; i++) {
    prereqOffsets[i] = at;
    const targets = replaced.get(i);
    if (targets) {
      prereqTargets.set(targets, at);
      at += targets.length;
    } else {
      const from = graph.prereqOffsets[i]!;
      const to = graph.prereqOffsets[i + 1]!;
      prereqTargets.set(graph.prereqTargets.subarray(from, to), at);
      at += to - from;
    }
  }
  prereqOffsets[n] = at;
  for (let k = 0; k < edges; k++) indegree[prereqTargets[k]!]!++;

  const dependentOffsets = new Uint32Array(n + 1);
  for (let i = 0; i < n; i++) dependentOffsets[i + 1] = dependentOffsets[i]! + indegree[i]!;
  const dependentTargets = new Uint32Array(edges);
  const fill = dependentOffsets.slice(0, n);
  for (let i = 0; i < n; i++) {
    for (let k = prereqOffsets[i]!; k < prereqOffsets[i + 1]!; k++) dependentTargets[fill[prereqTargets[k]!]!++] = i;
  }
  return { concepts, ids: graph.ids, index: graph.index, prereqOffsets, prereqTargets, dependentOffsets, dependentTargets };
}

/** Prerequisite indices of `concept` (index `i`) as `buildGraph` keeps them: known, not itself, once. */
function targetsOf(graph: ConceptGraph, concept: ConceptNode, i: number): number[] {
  const targets: number[] = [];
  for (const p of concept.prerequisites) {
    const j = graph.index.get(p.id);
    if (j === undefined || j === i || targets.includes(j)) continue;
    targets.push(j);
  }
  return targets;
}
