import type { ConceptMeta, ConceptTextHtml, Prerequisite } from './content/Concept';
import type { ConceptFacts } from './content/FileFacts';
import type { FieldPath } from './content/parseFrontMatter';
import { renderTextMath } from './content/renderTextMath';
import { createDiagnostic, FILE_START } from './diagnostics/createDiagnostic';
import type { Diagnostic } from './diagnostics/Diagnostic';

/**
 * A concept's metadata with the math of its summary, goals and prerequisite reasons rendered (see
 * `ConceptTextHtml`; a reason's HTML goes on its prerequisite), reporting TeX that KaTeX rejects
 * at the field. The same object when no text has math, as in most concepts. Run when the index is
 * built, not with the front-matter, so KaTeX stays off the path to the concept graph.
 */
export function renderConceptTexts(meta: ConceptMeta, facts: ConceptFacts | undefined, diagnostics: Diagnostic[]): ConceptMeta {
  if (!hasTextMath(meta)) return meta;
  const render = (text: string, path: FieldPath, name: string) => {
    const rendered = renderTextMath(text);
    for (const { tex, reason } of rendered?.errors ?? []) {
      const message = `Expected valid KaTeX math in ${name}, found \`${tex.slice(0, 60).replace(/\s+/g, ' ')}\`: ${reason}.`;
      diagnostics.push(createDiagnostic(meta.file, facts?.locate(path) ?? FILE_START, 'math-syntax', message, { actual: tex.slice(0, 200) }));
    }
    return rendered?.html;
  };
  const prerequisites = meta.prerequisites.map((prerequisite): Prerequisite => {
    if (!prerequisite.reason?.includes('$')) return prerequisite;
    const reasonHtml = render(prerequisite.reason, reasonPath(facts, prerequisite.reason), `the reason for \`${prerequisite.id}\``);
    return reasonHtml === undefined ? prerequisite : { ...prerequisite, reasonHtml };
  });
  const html: { summary?: string; goals?: Record<number, string> } = {};
  const summary = render(meta.summary, ['summary'], '`summary`');
  if (summary !== undefined) html.summary = summary;
  for (const [i, goal] of meta.goals.entries()) {
    const goalHtml = goal.includes('$') ? render(goal, ['goals', i], `goal ${i + 1}`) : undefined;
    if (goalHtml !== undefined) (html.goals ??= {})[i] = goalHtml;
  }
  const texts: ConceptTextHtml | undefined = html.summary === undefined && html.goals === undefined ? undefined : html;
  return { ...meta, prerequisites, ...(texts === undefined ? {} : { html: texts }) };
}

/** True when the summary, a goal or a reason may have math (has a `$`). */
export function hasTextMath(meta: ConceptMeta): boolean {
  return meta.summary.includes('$') || meta.goals.some((g) => g.includes('$')) || meta.prerequisites.some((p) => p.reason?.includes('$'));
}

/** Where a reason is written: prerequisites are checked (some dropped, aliases resolved) since, so find it by its text. */
function reasonPath(facts: ConceptFacts | undefined, reason: string): FieldPath {
  const i = facts?.meta.prerequisites.findIndex((p) => p.reason === reason) ?? -1;
  const at = i === -1 ? undefined : facts?.prerequisitePaths[i];
  return at ? [...at.slice(0, 2), 'reason'] : ['prerequisites'];
}
