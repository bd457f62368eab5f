import type { ConceptGraph } from '../../core/graph';
import type { ConceptId } from '../../core/model';
import { planFor, type PlanSpec } from '../../core/planner';
import type { ProgressState } from '../../core/progress';

/** A plan spec that also assumes what the learner knows, and how many concepts that added. */
export interface SpecWithKnownAssumed {
  readonly spec: PlanSpec;
  readonly added: number;
}

/**
 * The plan `spec` with the learner's known concepts added to its assumed-known list, so that a
 * recipient's plan skips them. Only the known concepts a recipient's plan would stop at are added
 * (those needed by a step the learner does not know, or by a target), which keeps the link short;
 * targets are never assumed, since a plan that assumes its own goal is empty.
 */
export function withKnownAssumed(graph: ConceptGraph, spec: PlanSpec, states: ReadonlyMap<string, ProgressState>): SpecWithKnownAssumed {
  const fromScratch = planFor(graph, spec.targets, new Set(spec.known));
  if (!fromScratch.ok) return { spec, added: 0 };
  const assumable = new Set<string>();
  for (const step of fromScratch.plan.steps) if (!step.isTarget && states.get(step.id) === 'known') assumable.add(step.id);
  const added: ConceptId[] = [];
  for (const step of fromScratch.plan.steps) {
    if (assumable.has(step.id) && step.neededBy.some((n) => !assumable.has(n.id))) added.push(step.id);
  }
  return added.length === 0 ? { spec, added: 0 } : { spec: { ...spec, known: [...spec.known, ...added] }, added: added.length };
}
