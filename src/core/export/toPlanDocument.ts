import { titleOf, type ConceptGraph } from '../graph';
import type { ConceptId } from '../model';
import type { Plan, PlanSpec } from '../planner';
import { encodePlanUrl } from '../planner';
import { hrefFor } from '../route';
import type { PlanDocument, PlanDocumentConcept } from './PlanDocument';
import { absoluteUrl } from './absoluteUrl';

/**
 * The exportable form of `plan`, computed for `spec` (whose URL it carries), on the site at
 * `origin`, with titles from `graph`. `title` is used when the spec has none. Steps keep plan
 * order and the assumed concepts the spec's; note and titles are plain text, unchanged (writers
 * escape them for their format).
 */
export function toPlanDocument(graph: ConceptGraph, plan: Plan, spec: PlanSpec, origin: string, title: string): PlanDocument {
  const concept = (id: ConceptId, name: string): PlanDocumentConcept => ({
    id,
    title: name,
    url: absoluteUrl(origin, hrefFor({ kind: 'concept', id })),
  });
  return {
    title: spec.title ?? title,
    ...(spec.note === undefined ? {} : { note: spec.note }),
    url: absoluteUrl(origin, encodePlanUrl(spec)),
    assumed: spec.known.map((id) => concept(id, titleOf(graph, id))),
    steps: plan.steps.map((step) => ({ ...concept(step.id, step.title), minutes: step.minutes })),
    minutes: plan.totals.minutes,
  };
}
