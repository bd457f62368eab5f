/**
 * A file cut into its YAML front-matter and its Markdown body. Offsets and lines point into the
 * whole file, so diagnostics from either part land on the right line.
 */
export interface FrontMatterSplit {
  /** The YAML between the `---` fences; null when the file does not open with `---`. */
  readonly yaml: string | null;
  /** Offset of the YAML text in the file. */
  readonly yamlOffset: number;
  /** True when the opening `---` has no closing `---` (the whole rest is taken as YAML). */
  readonly unclosed: boolean;
  readonly body: string;
  /** 1-based line on which the body starts. */
  readonly bodyLine: number;
}

/** True when line `start..end` of `text` is a fence: `---` (or `...` when closing) plus blanks. */
function isFence(text: string, start: number, end: number, closing: boolean): boolean {
  const mark = text.slice(start, start + 3);
  if (mark !== '---' && !(closing && mark === '...')) return false;
  for (let i = start + 3; i < end; i++) {
    const c = text[i];
    if (c !== ' ' && c !== '\t' && c !== '\r') return false;
  }
  return true;
}

function lineEnd(text: string, from: number): number {
  const i = text.indexOf('\n', from);
  return i === -1 ? text.length : i;
}

function countLines(text: string, end: number): number {
  let n = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < end; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

/** Splits `---` front-matter from the body (a leading byte-order mark is skipped). Never throws. */
export function splitFrontMatter(text: string): FrontMatterSplit {
  const start = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const firstEnd = lineEnd(text, start);
  if (!isFence(text, start, firstEnd, false)) {
    return { yaml: null, yamlOffset: 0, unclosed: false, body: text.slice(start), bodyLine: 1 };
  }
  const yamlOffset = Math.min(firstEnd + 1, text.length);
  for (let lineStart = yamlOffset; lineStart < text.length;) {
    const end = lineEnd(text, lineStart);
    if (isFence(text, lineStart, end, true)) {
      const bodyOffset = Math.min(end + 1, text.length);
      return {
        yaml: text.slice(yamlOffset, lineStart),
        yamlOffset,
        unclosed: false,
        body: text.slice(bodyOffset),
        bodyLine: countLines(text, bodyOffset),
      };
    }
    lineStart = end + 1;
  }
  return { yaml: text.slice(yamlOffset), yamlOffset, unclosed: true, body: '', bodyLine: countLines(text, text.length) + 1 };
}
