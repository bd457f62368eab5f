import type { Concept, CourseMeta, RoadmapMeta } from '../../model';
import { createDiagnostic, FILE_START } from '../../diagnostics';
import type { Diagnostic } from '../../diagnostics';
import { dependentsOf, type ConceptGraph } from '../../graph';

/** `orphan` warnings: concepts no roadmap links to, no course targets and no concept needs. */
export function reportOrphans(
  graph: ConceptGraph<Concept>,
  roadmaps: readonly RoadmapMeta[],
  courses: readonly CourseMeta[],
  diagnostics: Diagnostic[],
): void {
  const reached = new Set<string>();
  for (const roadmap of roadmaps) for (const id of roadmap.concepts) reached.add(id);
  for (const course of courses) for (const week of course.weeks) for (const id of week.targets) reached.add(id);
  for (let i = 0; i < graph.ids.length; i++) {
    const id = graph.ids[i]!;
    if (dependentsOf(graph, i).length > 0 || reached.has(id)) continue;
    const message = `Expected a roadmap to link to \`${id}\` or another concept to need it, found neither.`;
    diagnostics.push(createDiagnostic(graph.concepts[i]!.file, FILE_START, 'orphan', message));
  }
}
