import type { Diagnostic, RuleId } from '../diagnostics';
import { createDiagnostic } from '../diagnostics';
import { addHeadingIds } from './addHeadingIds';
import type { BodyAnalysis } from './BodyAnalysis';
import type { RenderedBody } from '../model';
import type { LinkResolver } from '../links';
import { VFile } from 'vfile';
import { parseMarkdown, stringifyHast, toSanitisedHast } from './markdownProcessor';
import { parseHazard } from './parseHazard';
import { stackHazard, unrenderable } from './unrenderable';
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
