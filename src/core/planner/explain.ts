import type { ConceptId } from '../content/ConceptId';
import type { ConceptGraph } from '../graph/ConceptGraph';
import type { Plan, PlanStep } from './Plan';

/** One link of an explanation: a step and why the next step in the chain needs it. */
export interface ExplainLink {
  readonly id: ConceptId;
  readonly title: string;
  /** The author's reason the next link needs this one; absent on the target and when not given. */
  readonly reason?: string;
}

/**
 * Why `id` (an id or alias) is in the plan: the shortest chain of steps from it to a target, each
 * needed by the next, with the author's reasons. Ties go to the step that comes first in the
 * plan. A target explains itself in one link; a concept not in the plan gives an empty chain.
 */
export function explain(graph: ConceptGraph, plan: Plan, id: string): readonly ExplainLink[] {
  const i = graph.index.get(id);
  const current = i === undefined ? id : graph.ids[i]!;
  const steps = new Map<string, PlanStep>(plan.steps.map((s) => [s.id, s]));
  const start = steps.get(current);
  if (!start) return [];
  // Breadth-first along `neededBy`, remembering how each step was reached.
  const cameFrom = new Map<string, { from: PlanStep; reason: string | undefined }>();
  const queue: PlanStep[] = [start];
  let end: PlanStep | undefined;
  for (let head = 0; head < queue.length && !end; head++) {
    const step = queue[head]!;
    if (step.isTarget) {
      end = step;
      break;
    }
    for (const need of step.neededBy) {
      const next = steps.get(need.id);
      if (!next || next === start || cameFrom.has(next.id)) continue;
      cameFrom.set(next.id, { from: step, reason: need.reason });
      queue.push(next);
    }
  }
  if (!end) return [{ id: start.id, title: start.title }];
  const chain: ExplainLink[] = [{ id: end.id, title: end.title }];
  for (let at = cameFrom.get(end.id); at; at = cameFrom.get(at.from.id)) {
    const { from, reason } = at;
    chain.push(reason === undefined ? { id: from.id, title: from.title } : { id: from.id, title: from.title, reason });
  }
  return chain.reverse();
}
