import type { Plan, PlanSpec } from '../../core/planner/Plan';
import { planToMarkdown } from '../../core/export/planToMarkdown';
import { planToText } from '../../core/export/planToText';
import { toPlanDocument } from '../../core/export/toPlanDocument';
import type { ExportSource } from './ExportButtons';
import { siteOrigin } from './siteOrigin';

/** A plan's Markdown and plain-text exports, made when asked for. */
export function planExportSource(plan: Plan, spec: PlanSpec, title: string): ExportSource {
  const doc = () => toPlanDocument(plan, spec, siteOrigin(), title);
  return { title: spec.title ?? title, markdown: () => planToMarkdown(doc()), text: () => planToText(doc()) };
}
