import type { ConceptId } from '../model';
import type { ConceptNode } from '../model';
import type { ConceptGraph } from './ConceptGraph';

/**
 * Interns concepts to integers and builds forward (prerequisite) and reverse (dependent) adjacency
 * in compressed sparse rows. Unknown prerequisites, self-edges and repeated edges are dropped here
 * (the compiler reports them); a duplicate id keeps its first concept. Cycles are kept: callers
 * that need a DAG check `findCycles` first.
 */
export function buildGraph<N extends ConceptNode>(input: readonly N[]): ConceptGraph<N> {
  const index = new Map<string, number>();
  const concepts: N[] = [];
  for (const concept of input) {
    if (index.has(concept.id)) continue;
    index.set(concept.id, concepts.length);
    concepts.push(concept);
  }
  for (const [i, concept] of concepts.entries()) {
    for (const alias of concept.aliases) if (!index.has(alias)) index.set(alias, i);
  }
  const n = concepts.length;
  const prereqOffsets = new Uint32Array(n + 1);
  const forward: number[] = [];
  const indegree = new Uint32Array(n);
  for (let i = 0; i < n; i++) {
    prereqOffsets[i] = forward.length;
    const start = forward.length;
    for (const p of concepts[i]!.prerequisites) {
      const j = index.get(p.id);
      if (j === undefined || j === i) continue;
      let seen = false;
      for (let k = start; k < forward.length; k++) if (forward[k] === j) seen = true;
      if (seen) continue;
      forward.push(j);
      indegree[j]!++;
    }
  }
  prereqOffsets[n] = forward.length;
  const prereqTargets = Uint32Array.from(forward);

  const dependentOffsets = new Uint32Array(n + 1);
  for (let i = 0; i < n; i++) dependentOffsets[i + 1] = dependentOffsets[i]! + indegree[i]!;
  const dependentTargets = new Uint32Array(forward.length);
  const fill = dependentOffsets.slice(0, n);
  for (let i = 0; i < n; i++) {
    for (let k = prereqOffsets[i]!; k < prereqOffsets[i + 1]!; k++) {
      const j = prereqTargets[k]!;
      dependentTargets[fill[j]!++] = i;
    }
  }
  return {
    concepts,
    ids: concepts.map((c) => c.id as ConceptId),
    index,
    prereqOffsets,
    prereqTargets,
    dependentOffsets,
    dependentTargets,
  };
}

/** Prerequisite indices of concept `i`, in the author's order. */
export function prerequisitesOf(graph: ConceptGraph, i: number): Uint32Array {
  return graph.prereqTargets.subarray(graph.prereqOffsets[i], graph.prereqOffsets[i + 1]);
}

/** Indices of the concepts that list `i` as a prerequisite. */
export function dependentsOf(graph: ConceptGraph, i: number): Uint32Array {
  return graph.dependentTargets.subarray(graph.dependentOffsets[i], graph.dependentOffsets[i + 1]);
}
