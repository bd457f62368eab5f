import type { ConceptGraph } from '../graph';
import type { NeededBy, Plan, PlanStep } from './Plan';
import { BLOCKED, SEEN, TARGET, type PlannerScratch } from './plannerScratch';
import { MAX_MASK_ROW, rememberStep, rowOf, stepCache, type StepCache } from './stepCache';

const NOBODY: readonly NeededBy[] = Object.freeze([]);

/**
 * Turns a walk (`scratch.order[0 .. count)`, the flags and the row entries it recorded) into a
 * plan. A step's `neededBy` is the part of its concept's row that is in the plan. Equal steps of successive plans
 * are the same frozen object (see `StepCache`), so a plan of tens of thousands of steps costs
 * little more than the walk.
 */
export function buildPlan(graph: ConceptGraph, scratch: PlannerScratch, count: number, targets: readonly number[]): Plan {
  const cache = stepCache(graph);
  const { dependentOffsets } = graph;
  const { flags, numbers: neededBy, order } = scratch;
  const steps = new Array<PlanStep>(count);
  let minutes = 0;
  let readyNow = 0;
  for (let p = 0; p < count; p++) {
    const i = order[p]!;
    const ready = (flags[i]! & BLOCKED) === 0;
    const isTarget = (flags[i]! & TARGET) !== 0;
    minutes += cache.minutes[i]!;
    if (ready) readyNow++;
    // Which entries of the row need this step: bits, or for a long row their count (see `walk`).
    const length = dependentOffsets[i + 1]! - dependentOffsets[i]!;
    let mask = neededBy[i]!;
    if (length > MAX_MASK_ROW) {
      // Too long for a mask: only "none" and "all" are worth remembering.
      if (mask !== 0 && mask !== length) {
        steps[p] = makeStep(graph, cache, i, ready, isTarget, inPlanRow(graph, cache, flags, i));
        continue;
      }
      if (mask !== 0) mask = 2 ** MAX_MASK_ROW;
    }
    const key = mask * 4 + (ready ? 2 : 0) + (isTarget ? 1 : 0);
    steps[p] =
      cache.newestKey[i] === key
        ? cache.newestStep[i]!
        : rememberStep(cache, i, key, () => makeStep(graph, cache, i, ready, isTarget, pick(rowOf(graph, cache, i), mask)));
  }
  return {
    targets: targets.map((t) => graph.ids[t]!),
    steps,
    totals: { concepts: count, minutes, hours: Math.round(minutes / 6) / 10, readyNow },
  };
}

/** The row entries picked by `mask` (`2 ** MAX_MASK_ROW`: all of a long row). */
function pick(row: readonly NeededBy[], mask: number): readonly NeededBy[] {
  if (mask === 0) return NOBODY;
  if (mask === 2 ** MAX_MASK_ROW || mask === 2 ** row.length - 1) return row;
  return Object.freeze(row.filter((_, k) => (mask & (1 << k)) !== 0));
}

/** The row entries in the plan, for a row too long for masks. */
function inPlanRow(graph: ConceptGraph, cache: StepCache, flags: Uint8Array, i: number): readonly NeededBy[] {
  const start = graph.dependentOffsets[i]!;
  return Object.freeze(rowOf(graph, cache, i).filter((_, k) => (flags[cache.rowTargets[start + k]!]! & SEEN) !== 0));
}

function makeStep(
  graph: ConceptGraph,
  cache: StepCache,
  i: number,
  ready: boolean,
  isTarget: boolean,
  neededBy: readonly NeededBy[],
): PlanStep {
  return Object.freeze({ id: graph.ids[i]!, title: graph.concepts[i]!.title, minutes: cache.minutes[i]!, ready, isTarget, neededBy });
}
