import type { ConceptGraph } from '../../core/graph';
import type { Plan, PlanSpec } from '../../core/planner';
import { planToMarkdown } from '../../core/export';
import { planToText } from '../../core/export';
import { toPlanDocument } from '../../core/export';
import type { ExportSource } from './ExportButtons';
import { siteRoot } from './siteRoot';

/** A plan's Markdown and plain-text exports, made when asked for; `graph` names its assumed concepts. */
export function planExportSource(graph: ConceptGraph, plan: Plan, spec: PlanSpec, title: string, base: string): ExportSource {
  const doc = () => toPlanDocument(graph, plan, spec, siteRoot(base), title);
  return { title: spec.title ?? title, markdown: () => planToMarkdown(doc()), text: () => planToText(doc()) };
}
