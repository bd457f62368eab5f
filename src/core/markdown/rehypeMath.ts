import { escapeHtml } from '../text';
import type { Element, ElementContent, Root, RootContent } from 'hast';
import type { VFile } from 'vfile';
import katex from 'katex';

/**
 * A rehype plugin that renders `language-math` code (inline) and `pre > code` (display) with
 * KaTeX, inserting its HTML as raw nodes; a formula KaTeX rejects is a message on the file (with
 * the TeX as `actual`), and KaTeX's red error text is shown instead. It runs after sanitising, so
 * KaTeX's trusted markup is not stripped. rehype-katex does the same but parses KaTeX's HTML back
 * into a tree, which doubled the time to render the shipped bodies (3.4 s against 1.5 s for
 * 154 concepts here), so the raw nodes are this plugin's reason to exist.
 */
export function rehypeMath() {
  return (tree: Root, file: VFile) => {
    const visitChildren = (parent: Root | Element) => {
      const children = parent.children as (RootContent | ElementContent)[];
      for (let i = 0; i < children.length; i++) {
        const node = children[i]!;
        if (node.type !== 'element') continue;
        const code = mathCode(node);
        if (!code) {
          visitChildren(node);
          continue;
        }
        const displayMode = node.tagName === 'pre';
        const tex = code.children.map((c) => (c.type === 'text' ? c.value : '')).join('');
        const { html, error } = renderTex(tex, displayMode);
        if (error !== undefined) {
          // Display math keeps its position on the `pre`, inline math on the `code`.
          const message = file.message(error, { place: code.position ?? node.position, ruleId: 'math-syntax', source: 'katex' });
          message.actual = tex;
        }
        children[i] = { type: 'raw', value: html } as unknown as ElementContent;
      }
    };
    visitChildren(tree);
  };
}

function mathCode(node: Element): Element | undefined {
  const target = node.tagName === 'pre' && node.children.length === 1 ? node.children[0] : node;
  if (target?.type !== 'element' || target.tagName !== 'code') return undefined;
  const className = target.properties.className;
  return Array.isArray(className) && className.includes('language-math') ? target : undefined;
}

// `strict: 'ignore'` keeps KaTeX quiet about Unicode in text mode; `trust` stays false so TeX
// cannot emit links or classes. MathML goes along with the HTML for screen readers.
const OPTIONS = { output: 'htmlAndMathml', strict: 'ignore', throwOnError: true } as const;

// KaTeX's time grows faster than linearly with input length; real formulas are far shorter.
const MAX_TEX = 5000;

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
