import type { Concept, RoadmapMeta, SiteConfig } from '../model';
import type { ConceptFacts, FileFacts } from './FileFacts';
import type { CheckedContent, LinkTables } from './CheckedContent';
import { closestMatch } from '../text';
import { DEFAULT_SITE } from '../frontmatter';
import { createDiagnostic } from '../diagnostics';
import type { Diagnostic } from '../diagnostics';
import { checkCourses } from './checks/checkCourses';
import { createLinkMemo, linkConcepts, type LinkedConcepts, type LinkInput, type LinkMemo } from './linkConcepts';
import { renderConceptTexts } from './renderConceptTexts';
import { reportOrphans } from './checks/reportOrphans';
import { roadmapMeta } from './roadmapMeta';

/** The content checked as a whole, with its link tables; diagnostics unsorted, without those of bodies (`bodyDiagnostics`). */
export type LinkedContent = CheckedContent & LinkTables;

/**
 * Checks the files against each other: `linkConcepts` (ids and aliases, prerequisites, cycles),
 * then roadmap links (parsing roadmap bodies), course targets, the featured roadmap, orphans.
 * Linear in the content size; with a memo, cheap enough for the dev server to rerun after every
 * save. `concepts`: `linkConcepts` of the same input, when it was already run.
 */
export function linkContent(input: LinkInput, memo: LinkMemo = createLinkMemo(), concepts?: LinkedConcepts): LinkedContent {
  const linked = concepts ?? linkConcepts(input, memo);
  const { graph, table, resolver } = linked;
  const diagnostics = [...linked.diagnostics];

  const roadmaps: RoadmapMeta[] = [];
  let site: SiteConfig = DEFAULT_SITE;
  let siteFacts: FileFacts | undefined;
  for (const facts of input.facts) {
    if (facts.kind === 'roadmap') roadmaps.push(roadmapMeta(facts, resolver));
    if (facts.kind === 'site' && siteFacts === undefined) {
      site = facts.site;
      siteFacts = facts;
    }
  }
  const courses = checkCourses(input.facts, resolver, diagnostics);
  if (siteFacts && site.featuredRoadmap !== undefined && !resolver.roadmap(site.featuredRoadmap)) {
    const guess = closestMatch(site.featuredRoadmap, table.roadmaps);
    const message = `Expected \`featuredRoadmap\` to name a roadmap in \`roadmaps/\`, found \`${site.featuredRoadmap}\`${guess ? `; did you mean \`${guess}\`?` : '.'}`;
    diagnostics.push(
      createDiagnostic(siteFacts.path, siteFacts.locate(['featuredRoadmap']), 'unknown-target', message, { actual: site.featuredRoadmap }),
    );
  }
  reportOrphans(graph, roadmaps, courses, diagnostics);
  return { ...linked, concepts: withTexts(linked, input.facts, memo, diagnostics), site, roadmaps, courses, diagnostics };
}

/**
 * The concepts with the math of their summaries, goals and reasons rendered (`renderConceptTexts`):
 * only those `linkConcepts` found to have any, each once per version of its file.
 */
function withTexts(linked: LinkedConcepts, facts: readonly FileFacts[], memo: LinkMemo, diagnostics: Diagnostic[]): readonly Concept[] {
  if (linked.withMath.length === 0) return linked.concepts;
  const concepts = linked.concepts.slice();
  let byPath: Map<string, ConceptFacts> | undefined;
  for (const meta of linked.withMath) {
    const i = linked.graph.index.get(meta.id);
    // A duplicate id's second concept is not in the graph.
    if (i === undefined || concepts[i] !== meta) continue;
    let done = memo.texts.get(meta);
    if (!done) {
      byPath ??= new Map(facts.flatMap((f) => (f.kind === 'concept' ? [[f.path, f] as const] : [])));
      const found: Diagnostic[] = [];
      done = { meta: renderConceptTexts(meta, byPath.get(meta.file), found), diagnostics: found };
      memo.texts.set(meta, done);
    }
    concepts[i] = done.meta;
    for (const d of done.diagnostics) diagnostics.push(d);
  }
  return concepts;
}
