import type { ConceptId } from '../model';
import { conceptOf, type ConceptGraph } from '../graph';
import type { Plan, PlanStep } from './Plan';

/** One link of an explanation: a step and why the next step in the chain needs it. */
export interface ExplainLink {
  readonly id: ConceptId;
  readonly title: string;
  /** The author's reason the next link needs this one; absent on the target and when not given. */
  readonly reason?: string;
  /** The reason as HTML, when it has math. */
  readonly reasonHtml?: string;
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
  for (let needer = end.id, at = cameFrom.get(needer); at; needer = at.from.id, at = cameFrom.get(needer)) {
    const { from, reason } = at;
    const html = reason === undefined ? undefined : reasonHtml(graph, needer, from.id);
    const why = reason === undefined ? {} : html === undefined ? { reason } : { reason, reasonHtml: html };
    chain.push({ id: from.id, title: from.title, ...why });
  }
  return chain.reverse();
}

/** The HTML of the reason `needer` gives for needing `needed`, when that reason has math. */
function reasonHtml(graph: ConceptGraph, needer: string, needed: string): string | undefined {
  const concept = conceptOf(graph, needer);
  const target = graph.index.get(needed);
  return concept?.prerequisites.find((p) => graph.index.get(p.id) === target)?.reasonHtml;
}
