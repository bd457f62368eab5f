import type { Plan, PlanSpec } from '../planner';
import { encodePlanUrl } from '../planner';
import { hrefFor } from '../route';
import type { PlanDocument } from './PlanDocument';
import { absoluteUrl } from './absoluteUrl';

/**
 * The exportable form of `plan`, computed for `spec` (whose URL it carries), on the site at
 * `origin`. `title` is used when the spec has none. Steps keep plan order; note and title are
 * the spec's plain text, unchanged (writers escape them for their format).
 */
export function toPlanDocument(plan: Plan, spec: PlanSpec, origin: string, title: string): PlanDocument {
  return {
    title: spec.title ?? title,
    ...(spec.note === undefined ? {} : { note: spec.note }),
    url: absoluteUrl(origin, encodePlanUrl(spec)),
    steps: plan.steps.map((step) => ({
      id: step.id,
      title: step.title,
      minutes: step.minutes,
      url: absoluteUrl(origin, hrefFor({ kind: 'concept', id: step.id })),
    })),
    minutes: plan.totals.minutes,
    hours: plan.totals.hours,
  };
}
