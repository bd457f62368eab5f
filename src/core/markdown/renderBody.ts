import { escapeHtml } from '../text';
import type { Diagnostic, RuleId } from '../diagnostics';
import { createDiagnostic } from '../diagnostics';
import { addHeadingIds } from './addHeadingIds';
import type { BodyAnalysis } from './BodyAnalysis';
import type { RenderedBody } from '../model';
import type { LinkResolver } from '../links';
import { VFile } from 'vfile';
import { parseMarkdown, stringifyHast, toSanitisedHast } from './markdownProcessor';
import { parseHazard, type ParseHazard } from './parseHazard';
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
  const file = new VFile();
  const hast = toSanitisedHast(tree, file);
  const headings = addHeadingIds(hast);
  const diagnostics: Diagnostic[] = walk.diagnostics;
  for (const { place, reason, actual } of file.messages) {
    const start = place && 'start' in place ? place.start : place;
    const at = { line: (start?.line ?? 1) + source.line - 1, column: start?.column ?? 1 };
    const tex = actual ?? '';
    const message = `Expected valid KaTeX math, found \`${tex.slice(0, 60).replace(/\s+/g, ' ')}\`: ${reason}.`;
    diagnostics.push(createDiagnostic(source.file, at, MATH_RULE, message, { actual: tex.slice(0, 200) }));
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
  const escaped = escapeHtml(source.text);
  return { body: { html: `<pre>${escaped}</pre>`, links: [], headings: [] }, analysis: { links: [], diagnostics: [diagnostic] } };
}

/** A parser failure `parseHazard` did not foresee, as the same kind of report (on the body's first line). */
function stackHazard(error: unknown): ParseHazard {
  return { reason: error instanceof RangeError ? 'it is nested too deeply to render' : String(error).slice(0, 200), line: 1 };
}
