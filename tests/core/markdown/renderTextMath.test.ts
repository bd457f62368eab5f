import { describe, expect, it } from 'vitest';
import { renderTextMath } from '../../../src/core/markdown/renderTextMath';

const katexCount = (html: string) => html.split('class="katex"').length - 1;

describe('renderTextMath', () => {
  it('leaves texts without math plain (undefined), dollar amounts included', () => {
    expect(renderTextMath('The chain rule, layer by layer.')).toBeUndefined();
    expect(renderTextMath('It costs $5.')).toBeUndefined();
    expect(renderTextMath('Empty $$ is not math.')).toBeUndefined();
  });

  it('renders each $…$ with KaTeX and escapes the text around it', () => {
    const out = renderTextMath('If a < b then $a^2 < b^2$ for positive $a$ & $b$.')!;
    expect(out.errors).toEqual([]);
    expect(katexCount(out.html)).toBe(3);
    expect(out.html.startsWith('If a &lt; b then <span class="katex">')).toBe(true);
    expect(out.html).toContain(' &amp; ');
    expect(out.html.endsWith('</span>.')).toBe(true);
    // MathML goes along for screen readers, as in bodies.
    expect(out.html).toContain('<annotation encoding="application/x-tex">a^2 &lt; b^2</annotation>');
  });

  it('reads \\$ as a dollar sign, in text and inside math', () => {
    const out = renderTextMath('Pay \\$3, or $\\$x$.')!;
    expect(out.html.startsWith('Pay $3, or <span class="katex">')).toBe(true);
    expect(katexCount(out.html)).toBe(1);
    expect(renderTextMath('Only \\$3 here.')).toEqual({ html: 'Only $3 here.', errors: [] });
  });

  it('closes $$…$$ with $$ and shows it inline', () => {
    const out = renderTextMath('Sum: $$\\sum_i x_i$$ done.')!;
    expect(katexCount(out.html)).toBe(1);
    expect(out.html).not.toContain('katex-display');
  });

  it('keeps a lone $ as text and reports TeX that KaTeX rejects', () => {
    const out = renderTextMath('A $\\frac{1}{2$ and a lone $ sign.')!;
    // `$\frac{1}{2$` closes at the next `$`; the one after it has no partner and stays.
    expect(out.errors).toHaveLength(1);
    expect(out.errors[0]!.tex).toBe('\\frac{1}{2');
    expect(out.errors[0]!.reason).toMatch(/expected '}'/);
    expect(out.html).toContain('katex-error');
    expect(out.html.endsWith(' and a lone $ sign.')).toBe(true);
  });
});
