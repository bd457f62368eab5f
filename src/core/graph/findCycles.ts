import type { ConceptGraph } from './ConceptGraph';
import { prerequisitesOf } from './buildGraph';

/**
 * Prerequisite cycles, one per strongly connected component that has one: the shortest cycle
 * through the component's lowest-index concept, as concept indices `[a, b, c]` meaning a lists b as
 * a prerequisite, b lists c, and c lists a. Empty exactly when the graph is acyclic (self-edges are
 * never in the graph). Iterative Tarjan plus a breadth-first search per component: linear time, no
 * recursion, so a 100,000-concept chain cannot overflow the stack.
 */
export function findCycles(graph: ConceptGraph): number[][] {
  const cycles: number[][] = [];
  for (const component of stronglyConnectedComponents(graph)) {
    if (component.length < 2) continue;
    cycles.push(shortestCycleThrough(graph, component));
  }
  return cycles.sort((a, b) => a[0]! - b[0]!);
}

/** Tarjan's algorithm with an explicit stack; components come out in reverse topological order. */
export function stronglyConnectedComponents(graph: ConceptGraph): number[][] {
  const n = graph.ids.length;
  const order = new Int32Array(n).fill(-1);
  const low = new Int32Array(n);
  const onStack = new Uint8Array(n);
  const edgeCursor = new Uint32Array(n);
  const stack: number[] = [];
  const callStack: number[] = [];
  const components: number[][] = [];
  let counter = 0;
  for (let root = 0; root < n; root++) {
    if (order[root] !== -1) continue;
    callStack.push(root);
    while (callStack.length > 0) {
      const v = callStack[callStack.length - 1]!;
      if (order[v] === -1) {
        order[v] = low[v] = counter++;
        edgeCursor[v] = graph.prereqOffsets[v]!;
        stack.push(v);
        onStack[v] = 1;
      }
      const end = graph.prereqOffsets[v + 1]!;
      let descended = false;
      while (edgeCursor[v]! < end) {
        const w = graph.prereqTargets[edgeCursor[v]!++]!;
        if (order[w] === -1) {
          callStack.push(w);
          descended = true;
          break;
        }
        if (onStack[w]) low[v] = Math.min(low[v]!, order[w]!);
      }
      if (descended) continue;
      callStack.pop();
      const caller = callStack[callStack.length - 1];
      if (caller !== undefined) low[caller] = Math.min(low[caller]!, low[v]!);
      if (low[v] === order[v]) {
        const component: number[] = [];
        let w: number;
        do {
          w = stack.pop()!;
          onStack[w] = 0;
          component.push(w);
        } while (w !== v);
        components.push(component);
      }
    }
  }
  return components;
}

function shortestCycleThrough(graph: ConceptGraph, component: readonly number[]): number[] {
  const members = new Set(component);
  let root = component[0]!;
  for (const v of component) if (v < root) root = v;
  const previous = new Map<number, number>([[root, -1]]);
  const queue = [root];
  for (let head = 0; head < queue.length; head++) {
    const v = queue[head]!;
    for (const w of prerequisitesOf(graph, v)) {
      if (!members.has(w)) continue;
      if (w === root) return pathTo(previous, v);
      if (previous.has(w)) continue;
      previous.set(w, v);
      queue.push(w);
    }
  }
  // Unreachable for a real component of two or more concepts.
  return [...component].sort((a, b) => a - b);
}

function pathTo(previous: ReadonlyMap<number, number>, last: number): number[] {
  const path: number[] = [];
  for (let v = last; v !== -1; v = previous.get(v)!) path.push(v);
  return path.reverse();
}
