import type { LaidOutEdge, LaidOutNode, Layout, LayoutInput, LayoutOptions, Point } from './Layout';
import { DEFAULT_LAYOUT_OPTIONS } from './Layout';
import { assignCoordinates } from './assignCoordinates';
import { assignLayers } from './assignLayers';
import { breakCycles } from './breakCycles';
import { buildProperGraph } from './ProperGraph';
import { orderLayers } from './orderLayers';
import { transitiveReduction } from './transitiveReduction';

/** Above this many layered nodes (dummies included), shuffled restarts cost more than they win. */
const LARGE_GRAPH = 300;
/** Above this many, sifting (quadratic in layer width) would cost seconds: sweeps alone then. */
const HUGE_GRAPH = 12_000;

/**
 * Lays out a DAG in layers (Sugiyama's method): cycles broken, transitive edges hidden, layers
 * with short edges, crossings reduced by barycentre sweeps with transposition and sifting, and positions by
 * exact per-layer least squares. Pure and deterministic: the same input and options always give
 * the same layout. See `Layout` for the invariants of the result.
 */
export function layoutDag(input: LayoutInput, options: Partial<LayoutOptions> = {}): Layout {
  const o: LayoutOptions = { ...DEFAULT_LAYOUT_OPTIONS, ...options };
  const n = input.nodeCount;
  const { edges: acyclic, dropped } = breakCycles(n, input.edges);
  const { kept, hidden } = o.keepTransitive ? { kept: acyclic, hidden: [] } : transitiveReduction(n, acyclic);
  const layer = assignLayers(n, kept);
  const graph = buildProperGraph(n, kept, layer);
  const large = graph.size > LARGE_GRAPH;
  const layers = orderLayers(graph, {
    sweeps: o.sweeps,
    restarts: large ? 0 : o.restarts,
    seed: o.seed,
    sift: graph.size <= HUGE_GRAPH,
  });

  const down = o.direction === 'down';
  const width = (v: number): number => input.widths?.[v] ?? o.nodeWidth;
  // Breadth runs along a layer, depth across it.
  const breadth = new Float64Array(graph.size);
  for (let v = 0; v < n; v++) breadth[v] = down ? width(v) : o.nodeHeight;
  const depth = (v: number): number => (down ? o.nodeHeight : width(v));
  const along = assignCoordinates(graph, layers, breadth, o.nodeGap);

  const centre: number[] = [];
  let at = 0;
  for (const row of layers) {
    let thickness = 0;
    for (const v of row) if (v < n) thickness = Math.max(thickness, depth(v));
    if (thickness === 0) thickness = down ? o.nodeHeight : o.nodeWidth;
    centre.push(at + thickness / 2);
    at += thickness + o.layerGap;
  }
  const thicknessOf = (l: number): number => {
    let t = 0;
    for (const v of layers[l]!) if (v < n) t = Math.max(t, depth(v));
    return t === 0 ? (down ? o.nodeHeight : o.nodeWidth) : t;
  };
  const point = (a: number, c: number): Point => (down ? { x: a, y: c } : { x: c, y: a });

  const order = new Int32Array(graph.size);
  for (const row of layers) row.forEach((v, i) => (order[v] = i));
  const nodes: LaidOutNode[] = [];
  let extent = 0;
  for (let v = 0; v < n; v++) {
    const l = graph.layerOf[v]!;
    const p = point(along[v]!, centre[l]!);
    const w = width(v);
    nodes.push({ x: p.x, y: p.y, width: w, height: o.nodeHeight, layer: l, order: order[v]! });
    extent = Math.max(extent, along[v]! + breadth[v]! / 2);
  }
  const edges: LaidOutEdge[] = graph.chains.map((chain) => {
    const from = chain[0]!;
    const to = chain[chain.length - 1]!;
    const points: Point[] = [point(along[from]!, centre[graph.layerOf[from]!]! + depth(from) / 2)];
    for (let k = 1; k < chain.length - 1; k++) {
      const d = chain[k]!;
      const l = graph.layerOf[d]!;
      const half = thicknessOf(l) / 2;
      points.push(point(along[d]!, centre[l]! - half), point(along[d]!, centre[l]! + half));
      extent = Math.max(extent, along[d]!);
    }
    points.push(point(along[to]!, centre[graph.layerOf[to]!]! - depth(to) / 2));
    return { from, to, points };
  });
  const span = layers.length === 0 ? 0 : at - o.layerGap;
  return {
    nodes,
    edges,
    hidden,
    dropped,
    width: down ? extent : span,
    height: down ? span : extent,
    layerCount: layers.length,
    direction: o.direction,
  };
}
