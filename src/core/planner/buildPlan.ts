import type { ConceptId } from '../model';
import type { ConceptGraph } from '../graph';
import type { NeededBy, Plan, PlanStep } from './Plan';
import { BLOCKED, NUMBER_SHIFT, SEEN, TARGET, type PlannerScratch } from './plannerScratch';
import {
  COLD_STRIDE,
  HOT_KEY,
  HOT_STEP,
  HOT_STRIDE,
  ID,
  MAX_MASK_ROW,
  MINUTES,
  OLDER,
  OLDER_STEPS,
  ROW_LENGTH,
  TITLE,
  plannerTables,
  rowOf,
  type PlannerTables,
} from './plannerTables';

const NOBODY: readonly NeededBy[] = Object.freeze([]);
/** Mask standing for "the whole row" of a row too long for masks. */
const WHOLE_LONG_ROW = 2 ** MAX_MASK_ROW;

/**
 * Turns a walk (`scratch.order[0 .. count)` and the state it left) into a plan. Each step is
 * looked up among the last steps built for its concept (same `ready`, `isTarget` and steps needing
 * it) before one is built: a plan of tens of thousands of steps then costs little more than the
 * walk, and equal steps of successive plans are the same frozen object.
 */
export function buildPlan(graph: ConceptGraph, scratch: PlannerScratch, count: number, targets: readonly number[]): Plan {
  const tables = plannerTables(graph);
  const { hot } = tables;
  const { state, order } = scratch;
  const steps = new Array<PlanStep>(count);
  let minutes = 0;
  let readyNow = 0;
  for (let p = 0; p < count; p++) {
    const i = order[p]!;
    const s = state[i]!;
    const ready = (s & BLOCKED) === 0;
    const h = i * HOT_STRIDE;
    minutes += hot[h + MINUTES] as number;
    if (ready) readyNow++;
    const rowLength = hot[h + ROW_LENGTH] as number;
    let mask = s >>> NUMBER_SHIFT;
    if (rowLength > MAX_MASK_ROW) {
      // Long rows were counted, not masked: only "all" and "none" are worth remembering.
      if (mask !== 0 && mask !== rowLength) {
        steps[p] = makeStep(tables, i, ready, (s & TARGET) !== 0, filterRow(graph, tables, state, i));
        continue;
      }
      if (mask !== 0) mask = WHOLE_LONG_ROW;
    }
    // Everything a step depends on besides its concept: which row entries need it, ready, target.
    const key = mask * 8 + ((s & (BLOCKED | TARGET)) >>> 2);
    steps[p] =
      hot[h + HOT_KEY] === key ? (hot[h + HOT_STEP] as PlanStep) : remember(graph, tables, i, key, ready, (s & TARGET) !== 0, mask);
  }
  return {
    targets: targets.map((t) => graph.ids[t]!),
    steps,
    totals: { concepts: count, minutes, hours: Math.round(minutes / 6) / 10, readyNow },
  };
}

/**
 * The step for concept `i` under `key` when it is not the newest one: an older one moved to the
 * front, or a new one; the oldest remembered step drops out.
 */
function remember(
  graph: ConceptGraph,
  tables: PlannerTables,
  i: number,
  key: number,
  ready: boolean,
  isTarget: boolean,
  mask: number,
): PlanStep {
  const { hot, cold } = tables;
  const h = i * HOT_STRIDE;
  const c = i * COLD_STRIDE;
  let found = -1;
  for (let k = 0; k < OLDER_STEPS; k++) if (cold[c + OLDER + 2 * k] === key) found = k;
  const step =
    found >= 0 ? (cold[c + OLDER + 2 * found + 1] as PlanStep) : makeStep(tables, i, ready, isTarget, pick(rowOf(graph, tables, i), mask));
  for (let k = found >= 0 ? found : OLDER_STEPS - 1; k > 0; k--) {
    cold[c + OLDER + 2 * k] = cold[c + OLDER + 2 * k - 2];
    cold[c + OLDER + 2 * k + 1] = cold[c + OLDER + 2 * k - 1];
  }
  cold[c + OLDER] = hot[h + HOT_KEY];
  cold[c + OLDER + 1] = hot[h + HOT_STEP];
  hot[h + HOT_KEY] = key;
  hot[h + HOT_STEP] = step;
  return step;
}

/** The row entries picked by `mask` (`WHOLE_LONG_ROW`: all of them). */
function pick(row: readonly NeededBy[], mask: number): readonly NeededBy[] {
  if (mask === 0) return NOBODY;
  if (mask === WHOLE_LONG_ROW || mask === 2 ** row.length - 1) return row;
  return Object.freeze(row.filter((_, k) => (mask & (1 << k)) !== 0));
}

/** The row entries in the plan, for a row too long for masks. */
function filterRow(graph: ConceptGraph, tables: PlannerTables, state: Uint32Array, i: number): readonly NeededBy[] {
  const row = rowOf(graph, tables, i);
  const start = graph.dependentOffsets[i]!;
  return Object.freeze(row.filter((_, k) => (state[tables.needTargets[start + k]!]! & SEEN) !== 0));
}

function makeStep(tables: PlannerTables, i: number, ready: boolean, isTarget: boolean, neededBy: readonly NeededBy[]): PlanStep {
  const c = i * COLD_STRIDE;
  return Object.freeze({
    id: tables.cold[c + ID] as ConceptId,
    title: tables.cold[c + TITLE] as string,
    minutes: tables.hot[i * HOT_STRIDE + MINUTES] as number,
    ready,
    isTarget,
    neededBy,
  });
}
