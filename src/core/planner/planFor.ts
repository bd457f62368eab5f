import type { ConceptGraph } from '../graph';
import type { PlanResult } from './Plan';
import { buildPlan } from './buildPlan';
import { BLOCKED, DEFERRED, KNOWN, SEEN, TARGET, startCall, type PlannerScratch } from './plannerScratch';
import { resolveTargets } from './resolveTargets';
import { LONG_ROW, stepCache } from './stepCache';

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
 * Depth-first post-order from each target into `scratch.order`; returns the number of steps. This
 * is the recursive walk `visit(c) { for p of prerequisites(c) if not known and not seen: visit(p);
 * emit c }` with an explicit stack, so deep graphs cannot overflow the call stack. A concept's
 * prerequisites are pushed all at once, last first; each is checked again when popped, which is
 * when the recursive walk would reach it, so the order is the recursive one. Along the way it
 * records in `scratch.numbers` which concepts need each one (see `StepCache`): a bit per row entry
 * for short rows, a count for long ones, so building the steps needs no second pass over edges.
 */
function walk(graph: ConceptGraph, scratch: PlannerScratch, targets: readonly number[]): number {
  const { prereqOffsets, prereqTargets } = graph;
  const { edgeSlot } = stepCache(graph);
  const { flags, numbers: neededBy, stack, order } = scratch;
  const heldBack: number[] = [];
  let count = 0;
  for (const t of targets) flags[t]! |= TARGET;
  for (const t of targets) {
    if ((flags[t]! & (KNOWN | SEEN)) !== 0) continue;
    let top = 0;
    stack[top++] = t;
    while (top > 0) {
      const entry = stack[--top]!;
      if (entry >= LEAVE) {
        const c = entry - LEAVE;
        if (top > 0) order[count++] = c;
        else {
          // A target no other step has needed so far waits for the block of targets at the end.
          flags[c]! |= DEFERRED;
          heldBack.push(c);
        }
        continue;
      }
      if ((flags[entry]! & SEEN) !== 0) {
        // A target held back for the end is needed here after all: it goes in now.
        if ((flags[entry]! & DEFERRED) !== 0) {
          flags[entry]! &= ~DEFERRED;
          order[count++] = entry;
        }
        continue;
      }
      flags[entry]! |= SEEN;
      stack[top++] = entry + LEAVE;
      for (let k = prereqOffsets[entry + 1]! - 1; k >= prereqOffsets[entry]!; k--) {
        const p = prereqTargets[k]!;
        if ((flags[p]! & KNOWN) !== 0) continue;
        flags[entry]! |= BLOCKED;
        const slot = edgeSlot[k]!;
        neededBy[p] = slot === LONG_ROW ? neededBy[p]! + 1 : neededBy[p]! | (1 << slot);
        // Placed concepts never need another look; held-back targets and new ones do.
        if ((flags[p]! & SEEN) === 0 || (flags[p]! & DEFERRED) !== 0) stack[top++] = p;
      }
    }
  }
  for (const t of heldBack) {
    if ((flags[t]! & DEFERRED) !== 0) {
      flags[t]! &= ~DEFERRED;
      order[count++] = t;
    }
  }
  return count;
}
