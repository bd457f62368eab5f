import type { ConceptGraph } from '../graph';
import type { PlanResult } from './Plan';
import { buildPlan } from './buildPlan';
import { BLOCKED, DEFERRED, KNOWN, NUMBER_ONE, SEEN, TARGET, startCall, type PlannerScratch } from './plannerScratch';
import { EDGE_BIT_SHIFT, EDGE_INDEX_MASK, LONG_ROW, plannerTables } from './plannerTables';
import { resolveTargets } from './resolveTargets';

/**
 * The learning plan for `targets` (ids or aliases) given the `known` concepts (ids or aliases;
 * unknown ones are ignored).
 *
 * Invariants: the steps are exactly the concepts reachable from the targets along prerequisite
 * edges without passing through a known concept, targets included (a known target is left out),
 * each once. Order is depth-first: prerequisites in the author's order, one chain finished before
 * the next; a target comes after its own chain and, unless a later step needs it earlier, in the
 * block of targets at the end, in the given order. In a graph without cycles every step comes
 * after its prerequisites in the plan; with a cycle the walk still ends. `ready` means every
 * prerequisite is known; `neededBy` lists the steps that need it, by id, with the author's
 * reason. The result depends only on the targets and the prerequisite lists, not on the order of
 * the concepts in the graph. An unknown target is an error naming it, with close ids.
 */
export function planFor(graph: ConceptGraph, targets: readonly string[], known: ReadonlySet<string>): PlanResult {
  const resolved = resolveTargets(graph, targets);
  if (!resolved.ok) return resolved;
  const scratch = startCall(graph, known);
  const count = walk(graph, scratch, resolved.indices);
  return { ok: true, plan: buildPlan(graph, scratch, count, resolved.indices) };
}

/** Marks a stack entry as "leave this concept" rather than "visit this concept". */
const LEAVE = 0x80000000;

/**
 * Depth-first post-order from each target into `scratch.order`; returns the number of steps.
 * A concept's prerequisites are pushed all at once, last first, as the bare walk does; each is
 * checked again when popped, which is when a recursive walk would reach it, so the order is the
 * recursive one. Along the way the walk flags concepts with a prerequisite that is not known and
 * records which concepts need each one: building the steps then needs no second pass over edges.
 */
function walk(graph: ConceptGraph, scratch: PlannerScratch, targets: readonly number[]): number {
  const offsets = graph.prereqOffsets;
  const edges = plannerTables(graph).packedEdges;
  const { state, stack, order } = scratch;
  const roots: number[] = [];
  let count = 0;
  for (const t of targets) state[t]! |= TARGET;
  for (const t of targets) {
    if ((state[t]! & (KNOWN | SEEN)) !== 0) continue;
    let top = 0;
    stack[top++] = t;
    while (top > 0) {
      const entry = stack[--top]!;
      if (entry >= LEAVE) {
        const u = entry - LEAVE;
        if (top > 0) order[count++] = u;
        else {
          // A target no other step has needed so far waits for the block of targets at the end.
          state[u]! |= DEFERRED;
          roots.push(u);
        }
        continue;
      }
      const s = state[entry]!;
      if ((s & SEEN) !== 0) {
        // A target held back for the end is needed here after all: it goes in now.
        if ((s & DEFERRED) !== 0) {
          state[entry] = s & ~DEFERRED;
          order[count++] = entry;
        }
        continue;
      }
      stack[top++] = entry + LEAVE;
      let flags = s | SEEN;
      for (let c = offsets[entry + 1]! - 1; c >= offsets[entry]!; c--) {
        const edge = edges[c]!;
        const v = edge & EDGE_INDEX_MASK;
        const w = state[v]!;
        if ((w & KNOWN) !== 0) continue;
        flags |= BLOCKED;
        // Record that `entry` needs `v`: its bit in `v`'s row, or one more in a long row's count.
        const bit = edge >>> EDGE_BIT_SHIFT;
        state[v] = bit === LONG_ROW ? w + NUMBER_ONE : w | (NUMBER_ONE << bit);
        // Placed concepts never need another look; held-back targets and new ones do.
        if ((w & SEEN) === 0 || (w & DEFERRED) !== 0) stack[top++] = v;
      }
      state[entry] = flags;
    }
  }
  for (const t of roots) {
    if ((state[t]! & DEFERRED) !== 0) {
      state[t]! &= ~DEFERRED;
      order[count++] = t;
    }
  }
  return count;
}
