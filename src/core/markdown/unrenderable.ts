import { createDiagnostic } from '../diagnostics';
import { escapeHtml } from '../text';
import type { BodySource, BodyRender } from './renderBody';
import type { ParseHazard } from './parseHazard';

/**
 * Only pathological Markdown gets here: what `parseHazard` refuses, or structure that still
 * overflows the parser's stack. The body is shown as plain text, and the author is told.
 */
export function unrenderable(source: BodySource, hazard: ParseHazard): BodyRender {
  const message = `Expected Markdown of ordinary depth and density, found a body that cannot be rendered (${hazard.reason}); it is shown as plain text.`;
  const diagnostic = createDiagnostic(source.file, { line: source.line + hazard.line - 1, column: 1 }, 'unrenderable', message);
  const escaped = escapeHtml(source.text);
  return { body: { html: `<pre>${escaped}</pre>`, links: [], headings: [] }, analysis: { links: [], diagnostics: [diagnostic] } };
}

/** A parser failure `parseHazard` did not foresee, as the same kind of report (on the body's first line). */
export function stackHazard(error: unknown): ParseHazard {
  return { reason: error instanceof RangeError ? 'it is nested too deeply to render' : String(error).slice(0, 200), line: 1 };
}
