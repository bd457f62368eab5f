import type { CheckTextHtml, ConceptCheck, Concept, ConceptTextHtml, Prerequisite } from '../model';
import type { ConceptFacts } from './FileFacts';
import type { FieldPath } from '../frontmatter';
import { renderTextMath } from '../markdown';
import { createDiagnostic, FILE_START } from '../diagnostics';
import type { Diagnostic } from '../diagnostics';

/**
 * A concept's metadata with the math of its summary, goals and prerequisite reasons rendered (see
 * `ConceptTextHtml`; a reason's HTML goes on its prerequisite), reporting TeX that KaTeX rejects
 * at the field. The same object when no text has math, as in most concepts. Run when the index is
 * built, not with the front-matter, so KaTeX stays off the path to the concept graph.
 */
export function renderConceptTexts(meta: Concept, facts: ConceptFacts | undefined, diagnostics: Diagnostic[]): Concept {
  if (!hasTextMath(meta)) return meta;
  const render = (text: string, path: FieldPath, name: string) => {
    const rendered = renderTextMath(text);
    for (const { tex, reason } of rendered?.errors ?? []) {
      const message = `Expected valid KaTeX math in ${name}, found \`${tex.slice(0, 60).replace(/\s+/g, ' ')}\`: ${reason}.`;
      diagnostics.push(
        createDiagnostic(meta.file, facts?.locate(path) ?? FILE_START, 'math-syntax', message, { actual: tex.slice(0, 200) }),
      );
    }
    return rendered?.html;
  };
  const prerequisites = meta.prerequisites.map((prerequisite): Prerequisite => {
    if (!prerequisite.reason?.includes('$')) return prerequisite;
    const reasonHtml = render(prerequisite.reason, reasonPath(facts, prerequisite.reason), `the reason for \`${prerequisite.id}\``);
    return reasonHtml === undefined ? prerequisite : { ...prerequisite, reasonHtml };
  });
  const html: { summary?: string; goals?: Record<number, string>; checks?: Record<number, CheckTextHtml> } = {};
  const summary = render(meta.summary, ['summary'], '`summary`');
  if (summary !== undefined) html.summary = summary;
  for (const [i, goal] of meta.goals.entries()) {
    const goalHtml = goal.includes('$') ? render(goal, ['goals', i], `goal ${i + 1}`) : undefined;
    if (goalHtml !== undefined) (html.goals ??= {})[i] = goalHtml;
  }
  for (const [i, check] of (meta.checks ?? []).entries()) {
    const checkHtml = renderCheck(check, facts?.checkIndexes[i] ?? i, render);
    if (checkHtml) (html.checks ??= {})[i] = checkHtml;
  }
  const texts: ConceptTextHtml | undefined =
    html.summary === undefined && html.goals === undefined && html.checks === undefined ? undefined : html;
  return { ...meta, prerequisites, ...(texts === undefined ? {} : { html: texts }) };
}

/** True when the summary, a goal, a reason or a check may have math (has a `$`). */
export function hasTextMath(meta: Concept): boolean {
  return (
    meta.summary.includes('$') ||
    meta.goals.some((g) => g.includes('$')) ||
    meta.prerequisites.some((p) => p.reason?.includes('$')) ||
    (meta.checks?.some((c) => checkTexts(c).some((t) => t.includes('$'))) ?? false)
  );
}

function checkTexts(check: ConceptCheck): string[] {
  return check.kind === 'choice' ? [check.question, ...check.choices, check.explanation ?? ''] : [check.question, check.answer];
}

type Render = (text: string, path: FieldPath, name: string) => string | undefined;

/** The HTML of a check's texts that have math, or undefined when none has; `i` is its index in the file. */
function renderCheck(check: ConceptCheck, i: number, render: Render): CheckTextHtml | undefined {
  const out: { question?: string; choices?: Record<number, string>; explanation?: string; answer?: string } = {};
  const one = (text: string | undefined, key: 'question' | 'explanation' | 'answer') => {
    const html = text?.includes('$') ? render(text, ['checks', i, key], `the ${key} of check ${i + 1}`) : undefined;
    if (html !== undefined) out[key] = html;
  };
  one(check.question, 'question');
  if (check.kind === 'choice') {
    for (const [j, choice] of check.choices.entries()) {
      const html = choice.includes('$') ? render(choice, ['checks', i, 'choices', j], `choice ${j + 1} of check ${i + 1}`) : undefined;
      if (html !== undefined) (out.choices ??= {})[j] = html;
    }
    one(check.explanation, 'explanation');
  } else one(check.answer, 'answer');
  return Object.keys(out).length === 0 ? undefined : out;
}

/** Where a reason is written: prerequisites are checked (some dropped, aliases resolved) since, so find it by its text. */
function reasonPath(facts: ConceptFacts | undefined, reason: string): FieldPath {
  const i = facts?.meta.prerequisites.findIndex((p) => p.reason === reason) ?? -1;
  const at = i === -1 ? undefined : facts?.prerequisitePaths[i];
  return at ? [...at.slice(0, 2), 'reason'] : ['prerequisites'];
}
