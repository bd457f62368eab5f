import type { Concept } from '../model';
import { buildGraph } from '../graph';
import type { ConceptGraph } from '../graph';
import { findCycles } from '../graph';
import { replacePrerequisites } from '../graph';

/** A graph, its cycles, and what it was built from (to tell whether the next build can reuse it). */
export interface GraphMemo {
  readonly concepts: readonly Concept[];
  /** The `ids` version it was built under (aliases are part of the graph's index). */
  readonly ids: number;
  readonly graph: ConceptGraph<Concept>;
  readonly cycles: readonly number[][];
}

// Beyond this many changed concepts a fresh build is as cheap as patching.
const MAX_PATCHED = 64;

/**
 * The graph of `concepts` and its cycles, reusing the previous build when the same concepts are in
 * the same order under the same `ids` version: unchanged prerequisites keep the adjacency and
 * cycles (only the metadata is swapped in); a few changed ones patch the adjacency.
 */
export function linkGraph(concepts: readonly Concept[], ids: number, previous?: GraphMemo): GraphMemo {
  const changed = previous && previous.ids === ids ? changedTopology(previous.concepts, concepts) : undefined;
  if (!previous || !changed) {
    const graph = buildGraph(concepts);
    return { concepts, ids, graph, cycles: findCycles(graph) };
  }
  if (changed.length === 0) {
    const graph = previous.concepts === concepts ? previous.graph : { ...previous.graph, concepts };
    return { concepts, ids, graph, cycles: previous.cycles };
  }
  const graph = replacePrerequisites(previous.graph, concepts, changed);
  return { concepts, ids, graph, cycles: findCycles(graph) };
}

/** Indices whose prerequisites differ, or undefined when the concepts themselves differ (or too many). */
function changedTopology(a: readonly Concept[], b: readonly Concept[]): number[] | undefined {
  if (a.length !== b.length) return undefined;
  const changed: number[] = [];
  for (let i = 0; i < a.length; i++) {
    const x = a[i]!;
    const y = b[i]!;
    if (x === y || x.prerequisites === y.prerequisites) continue;
    if (x.id !== y.id) return undefined;
    if (samePrerequisites(x, y)) continue;
    changed.push(i);
    if (changed.length > MAX_PATCHED) return undefined;
  }
  return changed;
}

function samePrerequisites(x: Concept, y: Concept): boolean {
  if (x.prerequisites.length !== y.prerequisites.length) return false;
  for (let k = 0; k < x.prerequisites.length; k++) if (x.prerequisites[k]!.id !== y.prerequisites[k]!.id) return false;
  return true;
}
