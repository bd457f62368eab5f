import { escapeHtml } from '../text';
import { renderTex } from './rehypeMath';

/** A plain text with its math rendered: HTML, and each formula KaTeX rejected with the reason. */
export interface TextMath {
  readonly html: string;
  readonly errors: readonly { readonly tex: string; readonly reason: string }[];
}

/**
 * Renders the inline math of a plain front-matter text (a summary, a goal, a reason): `$…$` (or
 * `$$…$$`, shown inline too) becomes KaTeX's HTML and the rest is escaped, as in a body. `\$` is a
 * dollar sign, and a `$` with no closing one stays as it is. Undefined when the text has no math
 * (nor `\$`), so most texts stay plain strings.
 */
export function renderTextMath(text: string): TextMath | undefined {
  if (!text.includes('$')) return undefined;
  const errors: { tex: string; reason: string }[] = [];
  let html = '';
  let plain = 0;
  let changed = false;
  const flush = (end: number) => {
    html += escapeHtml(text.slice(plain, end));
  };
  for (let i = 0; i < text.length;) {
    const c = text[i];
    if (c === '\\' && text[i + 1] === '$') {
      flush(i);
      html += '$';
      i += 2;
      plain = i;
      changed = true;
      continue;
    }
    if (c !== '$') {
      i++;
      continue;
    }
    const run = runOf(text, i);
    const close = closingRun(text, i + run, run);
    const tex = close === -1 ? '' : text.slice(i + run, close).trim();
    if (tex === '') {
      i += run;
      continue;
    }
    flush(i);
    const rendered = renderTex(tex, false);
    if (rendered.error !== undefined) errors.push({ tex, reason: rendered.error });
    html += rendered.html;
    i = close + run;
    plain = i;
    changed = true;
  }
  flush(text.length);
  return changed ? { html, errors } : undefined;
}

/** The number of `$` in a row from `at`. */
function runOf(text: string, at: number): number {
  let end = at;
  while (text[end] === '$') end++;
  return end - at;
}

/** Where a run of exactly `run` dollars starts at or after `from` (skipping `\`-escaped characters); -1 if none. */
function closingRun(text: string, from: number, run: number): number {
  for (let k = from; k < text.length;) {
    if (text[k] === '\\') {
      k += 2;
      continue;
    }
    if (text[k] !== '$') {
      k++;
      continue;
    }
    const length = runOf(text, k);
    if (length === run) return k;
    k += length;
  }
  return -1;
}
