import type { LayoutEdge } from './Layout';

/** Pivots allowed per node before giving up on optimality (the ranks stay valid either way). */
const PIVOTS_PER_NODE = 8;

/**
 * Improves a valid layering (every edge goes down at least one layer) to one with the least total
 * edge length, by network simplex (Gansner et al., "A technique for drawing directed graphs",
 * 1993): a spanning tree of tight edges, then pivots on tree edges whose cut value is negative.
 * Fewer layers crossed means fewer dummy nodes, and on the shipped content about a fifth fewer
 * crossings than the local moves alone. Cut values come from subtree sums of out-degree minus
 * in-degree, so each pivot costs O(V + E). Each connected component ends with its top layer at 0.
 * Changes `layer` in place.
 */
export function tightenLayers(nodeCount: number, edges: readonly LayoutEdge[], layer: Int32Array): void {
  const incident: number[][] = Array.from({ length: nodeCount }, () => []);
  edges.forEach(([a, b], e) => {
    incident[a]!.push(e);
    incident[b]!.push(e);
  });
  const seen = new Uint8Array(nodeCount);
  for (let v = 0; v < nodeCount; v++) {
    if (seen[v]) continue;
    const component = collect(v, edges, incident, seen);
    if (component.length > 1) tightenComponent(component, edges, incident, layer);
    let min = Infinity;
    for (const u of component) min = Math.min(min, layer[u]!);
    for (const u of component) layer[u]! -= min;
  }
}

function collect(start: number, edges: readonly LayoutEdge[], incident: readonly number[][], seen: Uint8Array): number[] {
  const found = [start];
  seen[start] = 1;
  for (let i = 0; i < found.length; i++) {
    for (const e of incident[found[i]!]!) {
      const [a, b] = edges[e]!;
      const other = a === found[i] ? b : a;
      if (!seen[other]) {
        seen[other] = 1;
        found.push(other);
      }
    }
  }
  return found;
}

function tightenComponent(nodes: readonly number[], edges: readonly LayoutEdge[], incident: readonly number[][], layer: Int32Array): void {
  const slack = (e: number): number => layer[edges[e]![1]]! - layer[edges[e]![0]]! - 1;
  const inTree = new Uint8Array(edges.length);
  feasibleTree(nodes, edges, incident, layer, inTree, slack);
  // This component's edges, each once (by its tail): the only candidates to enter the tree.
  const own: number[] = [];
  for (const v of nodes) for (const e of incident[v]!) if (edges[e]![0] === v) own.push(e);
  const root = nodes[0]!;
  const parentEdge = new Int32Array(layer.length).fill(-1);
  const low = new Int32Array(layer.length);
  const lim = new Int32Array(layer.length);
  // Out-degree minus in-degree, summed over each node's subtree: the cut value of its parent edge, up to sign.
  const flow = new Int32Array(layer.length);

  const next = new Int32Array(layer.length);
  const stack = new Int32Array(nodes.length);
  const index = (): void => {
    // Iterative postorder from the root over tree edges: lim numbers, each subtree's lowest lim,
    // and the subtree sums. No allocation: this runs after every pivot.
    for (const v of nodes) next[v] = 0;
    parentEdge[root] = -1;
    let top = 0;
    stack[0] = root;
    let counter = 0;
    low[root] = 0;
    while (top >= 0) {
      const v = stack[top]!;
      const list = incident[v]!;
      let child = -1;
      while (next[v]! < list.length) {
        const e = list[next[v]!]!;
        next[v]!++;
        if (!inTree[e] || e === parentEdge[v]) continue;
        const [a, b] = edges[e]!;
        child = a === v ? b : a;
        parentEdge[child] = e;
        break;
      }
      if (child !== -1) {
        low[child] = counter;
        stack[++top] = child;
        continue;
      }
      top--;
      lim[v] = counter++;
      let sum = 0;
      for (const e of list) {
        const [a, b] = edges[e]!;
        sum += a === v ? 1 : -1;
        if (inTree[e] && e !== parentEdge[v]) sum += flow[a === v ? b : a]!;
      }
      flow[v] = sum;
    }
  };
  const inSubtree = (u: number, v: number): boolean => low[v]! <= lim[u]! && lim[u]! <= lim[v]!;
  // The tree edge to `child` from its parent; negative when lengthening it shortens the whole.
  const cutValue = (child: number): number => {
    const [a] = edges[parentEdge[child]!]!;
    return a === child ? flow[child]! : -flow[child]!;
  };
  // Every tree edge is tight, so after a pivot only the leaving subtree moves, by the entering
  // edge's slack, towards the other side.
  const shift = (subtree: number, delta: number): void => {
    for (const v of nodes) if (inSubtree(v, subtree)) layer[v]! += delta;
  };

  index();
  const limit = PIVOTS_PER_NODE * nodes.length;
  // The search for a leaving edge resumes where the last one stopped, as Gansner et al. advise:
  // always restarting at the first node makes long runs of degenerate pivots.
  let from = 0;
  for (let pivot = 0; pivot < limit; pivot++) {
    let leaving = -1;
    for (let k = 0; k < nodes.length; k++) {
      const v = nodes[(from + k) % nodes.length]!;
      if (parentEdge[v] !== -1 && cutValue(v) < 0) {
        leaving = v;
        from = (from + k + 1) % nodes.length;
        break;
      }
    }
    if (leaving === -1) return;
    // The entering edge crosses the same cut the other way, with the least slack.
    const tailInside = edges[parentEdge[leaving]!]![0] === leaving;
    let entering = -1;
    let best = Infinity;
    for (const e of own) {
      if (inTree[e]) continue;
      const [a, b] = edges[e]!;
      const aIn = inSubtree(a, leaving);
      const bIn = inSubtree(b, leaving);
      if (aIn === bIn || !(tailInside ? bIn : aIn)) continue;
      const s = slack(e);
      if (s < best) {
        best = s;
        entering = e;
      }
    }
    if (entering === -1) return;
    // Entering edge a->b made tight: the subtree holds b (tail side inside) or a (head side inside).
    shift(leaving, tailInside ? -best : best);
    inTree[parentEdge[leaving]!] = 0;
    inTree[entering] = 1;
    index();
  }
}

/** Grows a spanning tree of tight edges, shifting the tree's ranks to make the nearest edge tight. */
function feasibleTree(
  nodes: readonly number[],
  edges: readonly LayoutEdge[],
  incident: readonly number[][],
  layer: Int32Array,
  inTree: Uint8Array,
  slack: (e: number) => number,
): void {
  const member = new Uint8Array(layer.length);
  const tree: number[] = [nodes[0]!];
  member[nodes[0]!] = 1;
  const grow = (): void => {
    for (let i = 0; i < tree.length; i++) {
      for (const e of incident[tree[i]!]!) {
        const [a, b] = edges[e]!;
        const other = a === tree[i] ? b : a;
        if (member[other] || slack(e) !== 0) continue;
        member[other] = 1;
        inTree[e] = 1;
        tree.push(other);
      }
    }
  };
  grow();
  while (tree.length < nodes.length) {
    let nearest = -1;
    let least = Infinity;
    for (const v of tree) {
      for (const e of incident[v]!) {
        const [a, b] = edges[e]!;
        if (member[a] === member[b]) continue;
        const s = slack(e);
        if (s < least) {
          least = s;
          nearest = e;
        }
      }
    }
    const [a] = edges[nearest]!;
    const delta = member[a] ? least : -least;
    for (const v of tree) layer[v]! += delta;
    grow();
  }
}
