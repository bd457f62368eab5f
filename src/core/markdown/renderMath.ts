import type { Element, ElementContent, Root, RootContent } from 'hast';
import type { Point } from 'unist';
import katex from 'katex';

/** A TeX snippet KaTeX could not parse: where it is (body-relative) and why. */
export interface MathError {
  readonly line: number;
  readonly column: number;
  readonly tex: string;
  readonly reason: string;
}

// `strict: 'ignore'` keeps KaTeX quiet about Unicode in text mode; `trust` stays false so TeX
// cannot emit links or classes. MathML goes along with the HTML for screen readers.
const OPTIONS = { output: 'htmlAndMathml', strict: 'ignore', throwOnError: true } as const;

/**
 * Replaces `language-math` code (inline) and `pre > code` (display) with KaTeX's HTML as raw
 * nodes. It runs after sanitising, so KaTeX's trusted markup is not re-parsed (which would cost
 * more than rendering it); a parse error is returned and KaTeX's red error text is shown instead.
 */
export function renderMath(tree: Root): MathError[] {
  const errors: MathError[] = [];
  const visit = (parent: Root | Element) => {
    const children = parent.children as (RootContent | ElementContent)[];
    for (let i = 0; i < children.length; i++) {
      const node = children[i]!;
      if (node.type !== 'element') continue;
      const code = mathCode(node);
      if (!code) {
        visit(node);
        continue;
      }
      const displayMode = node.tagName === 'pre';
      const tex = code.children.map((c) => (c.type === 'text' ? c.value : '')).join('');
      // Display math keeps its position on the `pre`, inline math on the `code`.
      const start = (code.position ?? node.position)?.start;
      children[i] = { type: 'raw', value: render(tex, displayMode, start, errors) } as unknown as ElementContent;
    }
  };
  visit(tree);
  return errors;
}

function mathCode(node: Element): Element | undefined {
  const target = node.tagName === 'pre' && node.children.length === 1 ? node.children[0] : node;
  if (target?.type !== 'element' || target.tagName !== 'code') return undefined;
  const className = target.properties.className;
  return Array.isArray(className) && className.includes('language-math') ? target : undefined;
}

// KaTeX's time grows faster than linearly with input length; real formulas are far shorter.
const MAX_TEX = 5000;

function render(tex: string, displayMode: boolean, start: Point | undefined, errors: MathError[]): string {
  const { html, error } = renderTex(tex, displayMode);
  if (error !== undefined) errors.push({ line: start?.line ?? 1, column: start?.column ?? 1, tex, reason: error });
  return html;
}

/**
 * KaTeX's HTML for one formula, and why KaTeX rejected it if it did (then the HTML is KaTeX's red
 * error text, or the escaped TeX).
 */
export function renderTex(tex: string, displayMode: boolean): { html: string; error?: string } {
  if (tex.length > MAX_TEX) {
    const error = `longer than ${MAX_TEX} characters (an unclosed \`$$\`?)`;
    return { html: `<code class="katex-error">${escapeHtml(tex.slice(0, 200))}…</code>`, error };
  }
  try {
    return { html: katex.renderToString(tex, { ...OPTIONS, displayMode }) };
  } catch (caught) {
    const error = caught instanceof Error ? caught.message.replace(/^KaTeX parse error: /, '') : String(caught);
    try {
      return { html: katex.renderToString(tex, { ...OPTIONS, displayMode, throwOnError: false }), error };
    } catch {
      return { html: `<span class="katex-error">${escapeHtml(tex)}</span>`, error };
    }
  }
}

/** Text made safe to place in HTML, inside elements or attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
