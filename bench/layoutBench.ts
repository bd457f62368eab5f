import dagre from '@dagrejs/dagre';
import { graph as dagGraph, sugiyama } from 'd3-dag';
import ELK from 'elkjs/lib/elk.bundled.js';
import { countCrossings, type DrawnEdge } from './countCrossings';
import { DEFAULT_LAYOUT_OPTIONS, type LayoutEdge } from '../src/core/layout';
import { layoutDag } from '../src/core/layout';
import { randomLayeredDag, type SyntheticPlan } from './randomLayeredDag';
import { transitiveReduction } from '../src/core/layout';
import { compile } from '../src/core/compile';
import { planGraph } from '../src/core/views';
import { planFor } from '../src/core/planner';
import { contentDir, loadContent } from '../src/node/content/loadContent';
import type { BenchRow } from './BenchRow';

/** Plan sizes and their time bars (ms): the largest real plan, and two far larger ones. */
const SIZES = [
  { n: 83, bar: 30, runs: 15 },
  { n: 300, bar: 300, runs: 7 },
  { n: 1000, bar: 2000, runs: 3 },
] as const;
const SEED = 1;
const { nodeWidth, nodeHeight, nodeGap, layerGap } = DEFAULT_LAYOUT_OPTIONS;

/** Median wall time (ms) of `fn` after one warm-up run, and its last result. */
async function timed<T>(fn: () => T | Promise<T>, runs: number): Promise<{ ms: number; result: T }> {
  let result = await fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    result = await fn();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return { ms: times[Math.floor(times.length / 2)]!, result };
}

/** d3-dag's default sugiyama (simplex layering, two-layer decrossing, simplex coordinates). */
function d3dagDefault(n: number, edges: readonly LayoutEdge[]): DrawnEdge[] {
  const g = dagGraph<number, undefined>();
  const nodes = Array.from({ length: n }, (_, i) => g.node(i));
  for (const [a, b] of edges) g.link(nodes[a]!, nodes[b]!);
  sugiyama().nodeSize([nodeWidth, nodeHeight]).gap([nodeGap, layerGap])(g);
  return [...g.links()].map((l) => ({ from: l.source.data, to: l.target.data, points: l.points.map(([x, y]) => ({ x, y })) }));
}

/** dagre with the given ranker (its default, network simplex, takes about a minute at 1,000). */
function dagreLayout(n: number, edges: readonly LayoutEdge[], ranker: string): DrawnEdge[] {
  const g = new dagre.graphlib.Graph();
  g.setGraph({ rankdir: 'TB', nodesep: nodeGap, ranksep: layerGap, ranker });
  g.setDefaultEdgeLabel(() => ({}));
  for (let i = 0; i < n; i++) g.setNode(String(i), { width: nodeWidth, height: nodeHeight });
  for (const [a, b] of edges) g.setEdge(String(a), String(b));
  dagre.layout(g);
  return g.edges().map((e) => ({ from: e.v, to: e.w, points: g.edge(e).points }));
}

interface ElkEdgeOut {
  sources: string[];
  targets: string[];
  sections?: { startPoint: { x: number; y: number }; endPoint: { x: number; y: number }; bendPoints?: { x: number; y: number }[] }[];
}

/** elkjs's layered algorithm with the same sizes. */
async function elkLayout(elk: InstanceType<typeof ELK>, n: number, edges: readonly LayoutEdge[]): Promise<DrawnEdge[]> {
  const out = await elk.layout({
    id: 'root',
    layoutOptions: {
      'elk.algorithm': 'layered',
      'elk.direction': 'DOWN',
      'elk.spacing.nodeNode': String(nodeGap),
      'elk.layered.spacing.nodeNodeBetweenLayers': String(layerGap),
    },
    children: Array.from({ length: n }, (_, i) => ({ id: String(i), width: nodeWidth, height: nodeHeight })),
    edges: edges.map(([a, b], k) => ({ id: `e${k}`, sources: [String(a)], targets: [String(b)] })),
  });
  return ((out.edges ?? []) as ElkEdgeOut[]).map((e) => {
    const s = e.sections?.[0];
    return { from: e.sources[0]!, to: e.targets[0]!, points: s ? [s.startPoint, ...(s.bendPoints ?? []), s.endPoint] : [] };
  });
}

/** Time and geometric crossings of one library on one plan, as two rows. */
async function libraryRows(
  key: string,
  label: string,
  n: number,
  draw: () => DrawnEdge[] | Promise<DrawnEdge[]>,
  runs: number,
): Promise<BenchRow[]> {
  const { ms, result } = await timed(draw, runs);
  return [
    { key: `layout.${n}.${key}.ms`, label: `${label}, ${n} concepts: time`, value: round(ms), unit: 'ms' },
    { key: `layout.${n}.${key}.crossings`, label: `${label}, ${n} concepts: crossings`, value: countCrossings(result), unit: 'count' },
  ];
}

const round = (x: number): number => Math.round(x * 10) / 10;

/** The content folder's largest plan (the concept with the most to learn first), if it has one. */
async function largestSitePlan(): Promise<{ target: string; nodeCount: number; edges: readonly LayoutEdge[] } | null> {
  const files = await loadContent(contentDir()).catch(() => []);
  if (files.length === 0) return null;
  const { graph } = compile(files, { render: false });
  let best: { target: string; nodeCount: number; edges: readonly LayoutEdge[] } | null = null;
  for (const id of graph.ids) {
    const result = planFor(graph, [id], new Set());
    if (!result.ok || result.plan.steps.length <= (best?.nodeCount ?? 1)) continue;
    const sub = planGraph(
      graph,
      result.plan.steps.map((s) => s.id),
    );
    best = { target: id, nodeCount: sub.ids.length, edges: sub.edges };
  }
  return best;
}

/** Our layout against d3-dag's default on the same graph: time and crossings of each. */
async function againstReference(
  key: string,
  label: string,
  plan: { nodeCount: number; edges: readonly LayoutEdge[] },
  runs: number,
): Promise<BenchRow[]> {
  const { ms, result } = await timed(() => layoutDag(plan), runs);
  const crossings = countCrossings(result.edges);
  const reduced = transitiveReduction(plan.nodeCount, plan.edges).kept;
  const reference = await libraryRows(
    'd3dag',
    "d3-dag's default sugiyama",
    plan.nodeCount,
    () => d3dagDefault(plan.nodeCount, reduced),
    Math.min(runs, 3),
  );
  const limit = reference[1]!.value;
  return [
    { key: `${key}.ms`, label: `${label}: time`, value: round(ms), unit: 'ms' },
    {
      key: `${key}.crossings`,
      label: `${label}: crossings`,
      value: crossings,
      unit: 'count',
      target: `≤ d3-dag's ${limit}`,
      ok: crossings <= limit,
    },
    ...reference.map((row) => ({ ...row, key: row.key.replace(`layout.${plan.nodeCount}.`, `${key}.`) })),
  ];
}

/**
 * Layout figures for `npm run bench`: time and edge crossings of the core layout on synthetic
 * plans of 83, 300 and 1,000 concepts (transitive edges hidden), against d3-dag's default
 * sugiyama on the same 83-concept plan in the same run, and on the content folder's largest
 * plan. `BENCH_LAYOUT_ALL=1` adds dagre and elkjs and d3-dag at 300 (tens of seconds), the
 * comparison behind the choice of layout.
 */
export async function layoutBench(env: Record<string, string | undefined> = process.env): Promise<BenchRow[]> {
  const all = env.BENCH_LAYOUT_ALL === '1';
  const rows: BenchRow[] = [];
  for (const { n, bar, runs } of SIZES) {
    const plan: SyntheticPlan = randomLayeredDag(n, SEED);
    const { ms, result } = await timed(() => layoutDag(plan), runs);
    const crossings = countCrossings(result.edges);
    rows.push({
      key: `layout.${n}.ms`,
      label: `Layout, ${n}-concept plan`,
      value: round(ms),
      unit: 'ms',
      target: `≤ ${bar} ms`,
      ok: ms <= bar,
    });
    const reduced = transitiveReduction(n, plan.edges).kept;
    if (n === 83 || (all && n === 300)) {
      const reference = await libraryRows('d3dag', "d3-dag's default sugiyama", n, () => d3dagDefault(n, reduced), n === 83 ? 3 : 1);
      const limit = reference[1]!.value;
      rows.push({
        key: `layout.${n}.crossings`,
        label: `Layout, ${n}-concept plan: crossings`,
        value: crossings,
        unit: 'count',
        target: `≤ d3-dag's ${limit}`,
        ok: crossings <= limit,
      });
      rows.push(...reference);
    } else {
      rows.push({ key: `layout.${n}.crossings`, label: `Layout, ${n}-concept plan: crossings`, value: crossings, unit: 'count' });
    }
    const full = layoutDag(plan, { keepTransitive: true });
    rows.push({
      key: `layout.${n}.transitive.crossings`,
      label: `Layout, ${n}-concept plan, transitive edges drawn: crossings`,
      value: countCrossings(full.edges),
      unit: 'count',
    });
    if (!all) continue;
    const elk = new ELK();
    rows.push(...(await libraryRows('elk', 'elkjs layered', n, () => elkLayout(elk, n, reduced), n === 1000 ? 1 : 3)));
    rows.push(...(await libraryRows('dagre', 'dagre, longest-path ranker', n, () => dagreLayout(n, reduced, 'longest-path'), 1)));
    if (n < 1000)
      rows.push(...(await libraryRows('dagre-simplex', 'dagre, default ranker', n, () => dagreLayout(n, reduced, 'network-simplex'), 1)));
  }
  const site = await largestSitePlan();
  if (site)
    rows.push(
      ...(await againstReference('layout.site', `Layout, site's largest plan (${site.target}, ${site.nodeCount} concepts)`, site, 15)),
    );
  return rows;
}
