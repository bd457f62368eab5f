import { escapeHtml } from '../text';
import { renderTex } from './rehypeMath';
import { closingDollarRun, dollarRunAt } from '../text';

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
    const run = dollarRunAt(text, i);
    const close = closingDollarRun(text, i + run, run);
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
