import { headText } from './headText';
import { closingDollarRun, dollarRunAt } from '../text';

/** A text as plain text, with where its formulas are. */
export interface PlainText {
  readonly text: string;
  /** `[start, end)` of each `$…$` in `text`: places a shortened text must not break. */
  readonly math: readonly (readonly [number, number])[];
}

// Private-use characters mark the places of the pieces kept verbatim while the rest is stripped.
const OPEN = '\uE000';
const CLOSE = '\uE001';
const MARK = /\uE000(\d+)\uE001/g;

/**
 * A front-matter text (a summary, a description) as the plain text a link preview shows: its
 * `$…$` math kept as TeX source, `\$` as a dollar sign, Markdown emphasis (`*`, `**`, `_`, `~~`)
 * and code-span backticks dropped, links reduced to their text, on one line.
 */
export function plainText(text: string): string {
  return plainTextWithMath(text).text;
}

/** `plainText`, with the offsets of the formulas it kept. */
export function plainTextWithMath(text: string): PlainText {
  const kept: { readonly text: string; readonly math: boolean }[] = [];
  const keep = (piece: string, math = false) => {
    kept.push({ text: piece.replace(/\s+/g, ' '), math });
    return `${OPEN}${kept.length - 1}${CLOSE}`;
  };
  let masked = maskMath(headText(text).replace(/[\uE000\uE001]/g, ''), keep)
    .replace(/\\([*_`~[\]\\])/g, (_, c: string) => keep(c))
    .replace(/(`+)(?!`)([\s\S]*?[^`])\1(?!`)/g, (_, _ticks: string, code: string) => keep(code.trim()))
    .replace(/!?\[([^\]]*)\]\([^()\s]*(?:\s+"[^"]*")?\)/g, (_, label: string) => label.trim());
  for (let pass = 0; pass < 3; pass++) {
    const before = masked;
    masked = masked
      .replace(/(\*{1,3})(?=[^\s*])([^*]*?[^\s*])\1/g, '$2')
      .replace(/(?<![\p{L}\p{N}_])(_{1,3})(?=[^\s_])([^_]*?[^\s_])\1(?![\p{L}\p{N}_])/gu, '$2')
      .replace(/~~(?=[^\s~])([^~]*?[^\s~])~~/g, '$1');
    if (masked === before) break;
  }
  return restore(headText(masked), kept);
}

/** `text` with each formula replaced by `keep`'s mark and each `\$` by a dollar sign (as `renderTextMath` reads them). */
function maskMath(text: string, keep: (piece: string, math?: boolean) => string): string {
  let out = '';
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    if (c === '\\' && text[i + 1] === '$') {
      out += keep('$');
      i += 2;
      continue;
    }
    if (c !== '$') {
      out += c;
      i++;
      continue;
    }
    const run = dollarRunAt(text, i);
    const close = closingDollarRun(text, i + run, run);
    if (close === -1 || text.slice(i + run, close).trim() === '') {
      out += text.slice(i, i + run);
      i += run;
      continue;
    }
    out += keep(text.slice(i, close + run), true);
    i = close + run;
  }
  return out;
}

/** The masked text with its kept pieces put back, noting where the formulas land. */
function restore(masked: string, kept: readonly { readonly text: string; readonly math: boolean }[]): PlainText {
  let text = '';
  const math: [number, number][] = [];
  let from = 0;
  for (const match of masked.matchAll(MARK)) {
    const piece = kept[Number(match[1])];
    text += masked.slice(from, match.index);
    if (piece?.math) math.push([text.length, text.length + piece.text.length]);
    text += piece?.text ?? '';
    from = match.index + match[0].length;
  }
  return { text: text + masked.slice(from), math };
}
