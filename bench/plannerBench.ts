import type { ConceptId } from '../src/core/model';
import type { Concept, Prerequisite } from '../src/core/model';
import type { ConceptGraph } from '../src/core/graph';
import { buildGraph } from '../src/core/graph';
import { frontier } from '../src/core/planner';
import { planFor } from '../src/core/planner';
import { decodePlanUrl, encodePlanUrl } from '../src/core/planner';
import type { BenchRow } from './BenchRow';

const CONCEPTS = 100_000;
const LEVELS = 30;
/** Prerequisites come from at most this many levels below a concept. */
const REACH = 3;
const RUNS = 21;
const WARMUP = 3;

/** Park–Miller: the same synthetic graph on every run. */
function seeded(seed: number): () => number {
  let state = seed;
  return () => (state = (state * 48271) % 0x7fffffff) / 0x7fffffff;
}

function idOf(level: number, k: number): string {
  return `topic-${level}-concept-${k}`;
}

/** 100,000 concepts in 30 levels; each above the first has 1–4 prerequisites from the few levels below. */
export function syntheticPlannerGraph(concepts = CONCEPTS, levels = LEVELS): ConceptGraph {
  const random = seeded(42);
  const perLevel = Math.ceil(concepts / levels);
  const metas: Concept[] = [];
  for (let level = 0; level < levels; level++) {
    for (let k = 0; k < perLevel && metas.length < concepts; k++) {
      const prerequisites: Prerequisite[] = [];
      const count = level === 0 ? 0 : 1 + Math.floor(random() * 4);
      for (let e = 0; e < count; e++) {
        const below = Math.max(0, level - 1 - Math.floor(random() * REACH));
        const id = idOf(below, Math.floor(random() * perLevel)) as ConceptId;
        prerequisites.push({ id, reason: `Level ${level} builds on level ${below}.` });
      }
      metas.push({
        id: idOf(level, k) as ConceptId,
        file: `concepts/${idOf(level, k)}.md`,
        title: `Concept ${level}.${k}`,
        summary: '',
        prerequisites,
        resources: [],
        goals: [],
        aliases: [],
        tags: [],
        estimate: 15 + Math.floor(random() * 90),
      });
    }
  }
  return buildGraph(metas);
}

/**
 * Median wall time in ms of each function, run in turns after warm-up, so that whatever else the
 * machine is doing weighs on all of them alike (ratios to the floor stay meaningful).
 */
function medians(fns: readonly (() => unknown)[], runs = RUNS, warmup = WARMUP): number[] {
  for (let i = 0; i < warmup; i++) for (const fn of fns) fn();
  const times = fns.map(() => [] as number[]);
  for (let i = 0; i < runs; i++) {
    fns.forEach((fn, k) => {
      const start = performance.now();
      fn();
      times[k]!.push(performance.now() - start);
    });
  }
  return times.map((t) => t.sort((a, b) => a - b)[Math.floor(t.length / 2)]!);
}

/** The floor: a bare iterative depth-first ancestor walk over the typed arrays, skipping known concepts. */
function floorWalk(graph: ConceptGraph, start: number, known: Uint8Array): number {
  const { prereqOffsets: offsets, prereqTargets: edges } = graph;
  const seen = new Uint8Array(graph.ids.length);
  const stack = new Uint32Array(graph.ids.length);
  let top = 0;
  let visited = 1;
  stack[0] = start;
  seen[start] = 1;
  while (top >= 0) {
    const u = stack[top--]!;
    for (let k = offsets[u]!; k < offsets[u + 1]!; k++) {
      const v = edges[k]!;
      if (seen[v] === 0 && known[v] === 0) {
        seen[v] = 1;
        stack[++top] = v;
        visited++;
      }
    }
  }
  return visited;
}

/** Planner figures on the synthetic 100,000-concept graph: plans against the floor, frontier, plan URLs. */
export async function plannerBench(): Promise<BenchRow[]> {
  const graph = syntheticPlannerGraph();
  const n = graph.ids.length;
  const target = n - 1;
  const deepest = graph.ids[target]!;
  const random = seeded(7);
  const knownIds = new Set<string>();
  while (knownIds.size < 1000) knownIds.add(graph.ids[Math.floor(random() * (n - n / LEVELS))]!);
  const knownMask = new Uint8Array(n);
  for (const id of knownIds) knownMask[graph.index.get(id)!] = 1;
  const nothing = new Set<string>();
  const noneMask = new Uint8Array(n);

  const coldStart = performance.now();
  const first = planFor(graph, [deepest], nothing);
  const cold = performance.now() - coldStart;
  if (!first.ok) throw new Error(first.error.message);
  const withKnown = planFor(graph, [deepest], knownIds);
  if (!withKnown.ok) throw new Error(withKnown.error.message);

  const [floorEmpty, planEmpty] = medians([() => floorWalk(graph, target, noneMask), () => planFor(graph, [deepest], nothing)]) as [
    number,
    number,
  ];
  const [floorKnown, planKnown] = medians([() => floorWalk(graph, target, knownMask), () => planFor(graph, [deepest], knownIds)]) as [
    number,
    number,
  ];
  // Plans remember their steps; a different known set each run shows the cost without that help.
  const fresh = Array.from({ length: RUNS + WARMUP }, () => {
    const set = new Set<string>();
    while (set.size < 1000) set.add(graph.ids[Math.floor(random() * (n - n / LEVELS))]!);
    return set;
  });
  let next = 0;
  const [planFresh] = medians([() => planFor(graph, [deepest], fresh[next++ % fresh.length]!)]) as [number];
  const [frontierMs] = medians([() => frontier(graph, knownIds)]) as [number];
  const spec = { targets: [deepest], known: [...knownIds].slice(0, 49) as ConceptId[] };
  const url = encodePlanUrl(spec);
  const [urlMs] = medians([() => decodePlanUrl(encodePlanUrl(spec), graph)], 51, 10) as [number];

  return [
    { key: 'planner.graph.concepts', label: 'synthetic graph: concepts (30 levels, 1–4 prerequisites)', value: n, unit: 'count' },
    { key: 'planner.plan.steps', label: 'plan for the deepest target: steps', value: first.plan.steps.length, unit: 'count' },
    { key: 'planner.plan.first.ms', label: 'planFor, first call on a new graph (builds its tables)', value: ms(cold), unit: 'ms' },
    { key: 'planner.floor.ms', label: 'floor: bare DFS ancestor walk over typed arrays', value: ms(floorEmpty), unit: 'ms' },
    ...againstFloor('planner.plan', 'planFor deepest target, nothing known', planEmpty, floorEmpty),
    {
      key: 'planner.plan.known1000.steps',
      label: 'plan for the deepest target, 1,000 known: steps',
      value: withKnown.plan.steps.length,
      unit: 'count',
    },
    { key: 'planner.floor.known1000.ms', label: 'floor, skipping the 1,000 known', value: ms(floorKnown), unit: 'ms' },
    ...againstFloor('planner.plan.known1000', 'planFor deepest target, 1,000 known', planKnown, floorKnown),
    {
      key: 'planner.plan.fresh1000.ms',
      label: 'planFor deepest target, a different 1,000 known each run',
      value: ms(planFresh),
      unit: 'ms',
    },
    {
      key: 'planner.frontier.known1000.ms',
      label: 'frontier, 1,000 known',
      value: ms(frontierMs),
      unit: 'ms',
      target: '≤ 10 ms',
      ok: frontierMs <= 10,
    },
    {
      key: 'planner.url.ms',
      label: 'plan URL with 50 ids: encode + decode',
      value: ms(urlMs),
      unit: 'ms',
      target: '< 1 ms',
      ok: urlMs < 1,
    },
    { key: 'planner.url.chars', label: 'plan URL with 50 ids: length', value: url.length, unit: 'chars' },
  ];
}

const ms = (x: number) => Number(x.toFixed(3));

/** A plan's time and its multiple of the floor, each against its bar (≤ 10 ms, ≤ 3× floor). */
function againstFloor(key: string, label: string, planMs: number, floorMs: number): BenchRow[] {
  return [
    { key: `${key}.ms`, label, value: ms(planMs), unit: 'ms', target: '≤ 10 ms', ok: planMs <= 10 },
    {
      key: `${key}.floor`,
      label: `${label} / floor`,
      value: Number((planMs / floorMs).toFixed(2)),
      unit: 'x floor',
      target: '≤ 3× floor',
      ok: planMs <= 3 * floorMs,
    },
  ];
}
