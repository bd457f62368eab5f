import { compile } from '../src/core/compile';
import type { ConceptGraph } from '../src/core/graph';
import { conceptOf } from '../src/core/graph';
import type { ConceptId } from '../src/core/model';
import { planFor } from '../src/core/planner';
import {
  answerPlacement,
  answerPlacementAll,
  createPlacement,
  nextQuestion,
  placementCheckIndex,
  type Placement,
} from '../src/core/placement';
import { seededRandom } from '../src/core/layout';
import { contentDir, loadContent } from '../src/node/content/loadContent';
import type { BenchRow } from './BenchRow';
import { syntheticPlannerGraph } from './plannerBench';
import { accuracyOf, depthsOf, simulateLearner } from './simulateLearner';

const LEARNERS = 150;
/** Questions the unstopped quiz asks, to read its accuracy curve. */
const CURVE = 60;
const CHECKPOINTS = [5, 10, 15, 20, 30, 40] as const;
const round = (x: number, digits = 1) => Number(x.toFixed(digits));
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);

/** The flagship roadmap's full plan (nothing known) on the shipped content, with its graph. */
async function flagshipPlan(): Promise<{ graph: ConceptGraph; ids: ConceptId[]; title: string } | null> {
  const files = await loadContent(contentDir()).catch(() => []);
  if (files.length === 0) return null;
  const { graph, roadmaps, site } = compile(files, { render: false });
  const roadmap = roadmaps.find((r) => r.id === site.featuredRoadmap) ?? roadmaps[0];
  if (!roadmap) return null;
  const result = planFor(graph, roadmap.concepts, new Set());
  return result.ok ? { graph, ids: result.plan.steps.map((s) => s.id), title: roadmap.title } : null;
}

/** Asks `questions` in order (chosen by `pick`) and returns accuracy after each. */
function run(start: Placement, knows: Uint8Array, answer: (q: number) => boolean, pick: (p: Placement) => number | null, max: number) {
  let placement = start;
  const curve: number[] = [];
  for (let k = 0; k < max; k++) {
    const q = pick(placement);
    if (q === null) break;
    placement = answerPlacement(placement, q, answer(q));
    curve.push(accuracyOf(placement, knows));
  }
  return { placement, curve };
}

/**
 * The placement suite: simulated learners (knowledge closed under prerequisites: everything below
 * a random cut through the plan's layers, plus a few deeper pockets; 10% slip, 25% guess) take
 * the quiz on the flagship roadmap's full plan. Reports the adaptive quiz's accuracy by questions
 * asked and where it stops, against asking every concept once and a random sample of the same
 * size; then the chooser's time on a 300-concept plan.
 */
export async function placementBench(): Promise<BenchRow[]> {
  const flagship = await flagshipPlan();
  if (!flagship) return [];
  const { graph, ids } = flagship;
  const askable = (id: ConceptId) => {
    const concept = conceptOf(graph, id);
    return concept !== undefined && placementCheckIndex(concept) >= 0;
  };
  const start = createPlacement(graph, ids, askable);
  const askableCount = start.askable.reduce((a, b) => a + b, 0);
  const depth = depthsOf(start);
  const random = seededRandom(7);
  const stops: number[] = [];
  const stopAccuracy: number[] = [];
  const allOnce: number[] = [];
  const sampled: number[] = [];
  const curves: number[][] = [];
  const order = [...ids.keys()].filter((q) => start.askable[q]);
  for (let i = 0; i < LEARNERS; i++) {
    const learner = simulateLearner(start, depth, random);
    const adaptive = run(start, learner.knows, learner.answer, nextQuestion, ids.length);
    stops.push(adaptive.curve.length);
    stopAccuracy.push(adaptive.curve.at(-1) ?? accuracyOf(start, learner.knows));
    // Without the stopping rule, to read accuracy at each number of questions.
    const unstopped = { ...start, options: { ...start.options, stopBelow: 0, maxQuestions: CURVE } };
    curves.push(run(unstopped, learner.knows, learner.answer, nextQuestion, CURVE).curve);
    const every = answerPlacementAll(
      start,
      order.map((index) => ({ index, correct: learner.answer(index) })),
    );
    allOnce.push(accuracyOf(every, learner.knows));
    const sample = [...order].sort(() => random() - 0.5).slice(0, stops[i]!);
    const sampledPlacement = answerPlacementAll(
      start,
      sample.map((index) => ({ index, correct: learner.answer(index) })),
    );
    sampled.push(accuracyOf(sampledPlacement, learner.knows));
  }
  const curveAt = (k: number) => mean(curves.map((c) => c[Math.min(k, c.length) - 1] ?? 0));
  const everyAccuracy = mean(allOnce);
  // Within a point of asking everything: the sampled beliefs vary by about that much run to run.
  let sameAccuracyAt = 0;
  for (let k = 1; k <= CURVE; k++) {
    if (curveAt(k) >= everyAccuracy - 0.01) {
      sameAccuracyAt = k;
      break;
    }
  }
  const stopMedian = median(stops);
  const stopAcc = mean(stopAccuracy);
  const label = `placement, flagship plan (${ids.length} concepts, ${askableCount} askable; ${LEARNERS} simulated learners)`;
  const rows: BenchRow[] = [
    {
      key: 'placement.adaptive.accuracy',
      label: `${label}: adaptive quiz, accuracy where it stops`,
      value: round(stopAcc * 100),
      unit: 'count',
      target: '≥ 90 %',
      ok: stopAcc >= 0.9,
    },
    {
      key: 'placement.adaptive.questions',
      label: 'Placement: adaptive quiz, questions asked (median)',
      value: stopMedian,
      unit: 'count',
      target: '≤ 20',
      ok: stopMedian <= 20,
    },
    ...CHECKPOINTS.map((k) => ({
      key: `placement.adaptive.at${k}`,
      label: `Placement: adaptive quiz, accuracy (%) after ${k} questions`,
      value: round(curveAt(k) * 100),
      unit: 'count' as const,
    })),
    {
      key: 'placement.every.accuracy',
      label: `Placement: every concept asked once (${order.length} questions), accuracy (%)`,
      value: round(everyAccuracy * 100),
      unit: 'count',
    },
    {
      key: 'placement.random.accuracy',
      label: 'Placement: random sample of the adaptive size, accuracy (%)',
      value: round(mean(sampled) * 100),
      unit: 'count',
    },
    {
      key: 'placement.fewerQuestions.x',
      label: `Placement: asking every concept ÷ adaptive questions to come within 1 point of it (${sameAccuracyAt} questions)`,
      value: sameAccuracyAt === 0 ? 0 : round(order.length / sameAccuracyAt),
      unit: 'count',
      target: '≥ 3×',
      ok: sameAccuracyAt > 0 && order.length / sameAccuracyAt >= 3,
    },
  ];
  rows.push(chooserTime());
  return rows;
}

/** Median time to choose the next question on a plan of about 300 concepts, after a few answers. */
function chooserTime(): BenchRow {
  const graph = syntheticPlannerGraph(3_000, 24);
  // The plan closest to 300 concepts among a sample of targets.
  let best: ConceptId[] = [];
  for (let i = graph.ids.length - 1; i >= 0; i -= 13) {
    const result = planFor(graph, [graph.ids[i]!], new Set());
    if (result.ok && Math.abs(result.plan.steps.length - 300) < Math.abs(best.length - 300)) best = result.plan.steps.map((s) => s.id);
  }
  // No stopping rule here: the figure is the cost of a choice, not of deciding to stop.
  let placement = createPlacement(graph, best, () => true, { stopBelow: 0 });
  for (let k = 0; k < 5; k++) placement = answerPlacement(placement, nextQuestion(placement) ?? 0, k % 2 === 0);
  const times: number[] = [];
  for (let r = 0; r < 21; r++) {
    const t = performance.now();
    nextQuestion(placement);
    times.push(performance.now() - t);
  }
  const ms = median(times);
  return {
    key: 'placement.chooser.ms',
    label: `Placement: choosing the next question, ${best.length}-concept plan (median)`,
    value: round(ms, 2),
    unit: 'ms',
    target: '≤ 50 ms',
    ok: ms <= 50,
  };
}
