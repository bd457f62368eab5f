import type { Diagnostic, RuleId } from '../diagnostics';
import { createDiagnostic } from '../diagnostics';
import { addHeadingIds } from './addHeadingIds';
import type { BodyAnalysis } from './BodyAnalysis';
import type { RenderedBody } from '../model';
import type { LinkResolver } from '../links';
import { parseMarkdown, stringifyHast, toSanitizedHast } from './markdownProcessor';
import { parseHazard, type ParseHazard } from './parseHazard';
import { renderMath } from './renderMath';
import { transformLinks } from './transformLinks';

/** A body to render: its file, its Markdown, and the line of the file it starts on. */
export interface BodySource {
  readonly file: string;
  readonly text: string;
  readonly line: number;
}

/** A rendered body and what rendering learnt about the text. */
export interface BodyRender {
  readonly body: RenderedBody;
  readonly analysis: BodyAnalysis;
}

const MATH_RULE: RuleId = 'math-syntax';

/**
 * Renders a body to sanitised HTML: GFM, links classified and rewritten, headings with ids, math
 * by KaTeX. Broken links are not reported here (they depend on other files): the compiler checks
 * `analysis.links` against the content. Never throws on author input.
 */
export function renderBody(source: BodySource, resolver: LinkResolver): BodyRender {
  const hazard = parseHazard(source.text);
  if (hazard) return unrenderable(source, hazard);
  try {
    return render(source, resolver);
  } catch (error) {
    return unrenderable(source, stackHazard(error));
  }
}

function render(source: BodySource, resolver: LinkResolver): BodyRender {
  const tree = parseMarkdown(source.text);
  const walk = transformLinks(tree, { file: source.file, line: source.line, resolver });
  const hast = toSanitizedHast(tree);
  const headings = addHeadingIds(hast);
  const diagnostics: Diagnostic[] = walk.diagnostics;
  for (const error of renderMath(hast)) {
    const place = { line: error.line + source.line - 1, column: error.column };
    const message = `Expected valid KaTeX math, found \`${error.tex.slice(0, 60).replace(/\s+/g, ' ')}\`: ${error.reason}.`;
    diagnostics.push(createDiagnostic(source.file, place, MATH_RULE, message, { actual: error.tex.slice(0, 200) }));
  }
  return {
    body: { html: stringifyHast(hast), links: walk.concepts, headings },
    analysis: { links: walk.links, diagnostics },
  };
}

/** Reads a body's links and text-only diagnostics without rendering it (a parse and one walk). */
export function analyseBody(source: BodySource): BodyAnalysis {
  const hazard = parseHazard(source.text);
  if (hazard) return unrenderable(source, hazard).analysis;
  try {
    const walk = transformLinks(parseMarkdown(source.text), { file: source.file, line: source.line, resolver: null });
    return { links: walk.links, diagnostics: walk.diagnostics };
  } catch (error) {
    return unrenderable(source, stackHazard(error)).analysis;
  }
}

/**
 * Only pathological Markdown gets here: what `parseHazard` refuses, or structure that still
 * overflows the parser's stack. The body is shown as plain text, and the author is told.
 */
function unrenderable(source: BodySource, hazard: ParseHazard): BodyRender {
  const message = `Expected Markdown of ordinary depth and density, found a body that cannot be rendered (${hazard.reason}); it is shown as plain text.`;
  const diagnostic = createDiagnostic(source.file, { line: source.line + hazard.line - 1, column: 1 }, 'unrenderable', message);
  const escaped = source.text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return { body: { html: `<pre>${escaped}</pre>`, links: [], headings: [] }, analysis: { links: [], diagnostics: [diagnostic] } };
}

/** A parser failure `parseHazard` did not foresee, as the same kind of report (on the body's first line). */
function stackHazard(error: unknown): ParseHazard {
  return { reason: error instanceof RangeError ? 'it is nested too deeply to render' : String(error).slice(0, 200), line: 1 };
}
