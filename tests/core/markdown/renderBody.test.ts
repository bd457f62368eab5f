import { describe, expect, it } from 'vitest';
import { createLinkResolver } from '../../../src/core/links/LinkResolver';
import { analyseBody } from '../../../src/core/markdown/analyseBody';
import { renderBody } from '../../../src/core/markdown/renderBody';

const resolver = createLinkResolver({
  concepts: [
    ['chain-rule', 'The chain rule', ['old-chain-rule']],
    ['vectors', 'Vectors & <Arrows>', []],
  ],
  roadmaps: ['deep'],
  courses: [],
  assets: ['assets/fig.svg'],
  base: '',
});
const render = (text: string, file = 'concepts/a.md') => renderBody({ file, text, line: 5 }, resolver);

describe('renderBody', () => {
  it('renders internal links red-ready: href, class and data-concept, aliases resolved', () => {
    const { body } = render('[[chain-rule]] [[old-chain-rule|the rule]] [v](vectors) [f](./vectors.md#x)');
    expect(body.html).toContain('<a href="/concepts/chain-rule" class="link-internal" data-concept="chain-rule">The chain rule</a>');
    expect(body.html).toContain('<a href="/concepts/chain-rule" class="link-internal" data-concept="chain-rule">the rule</a>');
    expect(body.html).toContain('<a href="/concepts/vectors#x" class="link-internal" data-concept="vectors">f</a>');
    expect(body.links).toEqual(['chain-rule', 'vectors']);
  });

  it('escapes titles shown for [[id]]', () => {
    expect(render('[[vectors]]').body.html).toContain('>Vectors &#x26; &#x3C;Arrows></a>');
  });

  it('renders external links green-ready with rel, and roadmap links inside the app', () => {
    const { html } = render('[x](https://example.org/a) [r](../roadmaps/deep.md)').body;
    expect(html).toContain('<a href="https://example.org/a" class="link-external" rel="noopener noreferrer">x</a>');
    expect(html).toContain('<a href="/roadmaps/deep" class="link-internal">r</a>');
  });

  it('turns broken links into spans and leaves reporting them to the compiler', () => {
    const { body, analysis } = render('[[nope]] and [gone](gone)');
    expect(body.html).toContain('<span class="link-broken">nope</span>');
    expect(body.html).toContain('<span class="link-broken">gone</span>');
    expect(analysis.diagnostics).toEqual([]);
    expect(analysis.links.map((l) => [l.written, l.line, l.column])).toEqual([
      ['nope', 5, 1],
      ['gone', 5, 14],
    ]);
  });

  it('serves relative images from /content and warns about missing alt text', () => {
    const { body, analysis } = render('![A figure](../assets/fig.svg)\n\n![](../assets/fig.svg)');
    expect(body.html).toContain('<img src="/content/assets/fig.svg" alt="A figure">');
    expect(analysis.diagnostics).toMatchObject([{ rule: 'missing-alt', severity: 'warning', line: 7, column: 1 }]);
  });

  it('puts the site base in front of app links and content images', () => {
    const under = createLinkResolver({
      concepts: [['chain-rule', 'The chain rule', []]],
      roadmaps: ['deep'],
      courses: [],
      assets: ['assets/fig.svg'],
      base: '/course',
    });
    const { html } = renderBody(
      {
        file: 'concepts/a.md',
        text: '[[chain-rule]] [r](../roadmaps/deep.md) [s](../assets/fig.svg)\n\n![A figure](../assets/fig.svg)',
        line: 1,
      },
      under,
    ).body;
    expect(html).toContain('<a href="/course/concepts/chain-rule" class="link-internal" data-concept="chain-rule">');
    expect(html).toContain('<a href="/course/roadmaps/deep" class="link-internal">r</a>');
    expect(html).toContain('href="/course/content/assets/fig.svg"');
    expect(html).toContain('<img src="/course/content/assets/fig.svg" alt="A figure">');
  });

  it('renders math with KaTeX at build time, with MathML for screen readers', () => {
    const { html } = render('Inline $x^2$.\n\n$$\n\\sum_i x_i\n$$').body;
    expect(html).toContain('class="katex"');
    expect(html).toContain('<math xmlns="http://www.w3.org/1998/Math/MathML"');
    expect(html).toContain('class="katex-display"');
    expect(html).not.toContain('language-math');
  });

  it('gives headings unique anchor ids, and lists the ## and ### ones for a table of contents', () => {
    const { html, headings } = render('## Why it works\n\n## Why it works\n\n### Ünïcode, *too*!\n\n#### Too deep\n\n- ## In a list').body;
    expect(html).toContain('<h2 id="why-it-works">');
    expect(html).toContain('<h2 id="why-it-works-1">');
    expect(html).toContain('<h3 id="ünïcode-too">');
    expect(headings).toEqual([
      { id: 'why-it-works', text: 'Why it works', depth: 2 },
      { id: 'why-it-works-1', text: 'Why it works', depth: 2 },
      { id: 'ünïcode-too', text: 'Ünïcode, too!', depth: 3 },
      { id: 'in-a-list', text: 'In a list', depth: 2 },
    ]);
    expect(render('Just prose.').body.headings).toEqual([]);
    // The concept page's own sections keep their ids: a note's "Goals" heading gets another.
    expect(render('## Goals\n\n## Resources').body.headings.map((h) => h.id)).toEqual(['goals-1', 'resources-1']);
  });

  it('drops raw HTML, scripts, handlers and javascript: URLs, reporting each', () => {
    const { body, analysis } = render('<script>alert(1)</script>\n\n<b onclick="x()">b</b>\n\n[js](javascript:alert(1)) <kbd>k</kbd>');
    expect(body.html).not.toMatch(/<script|onclick|javascript:|<kbd/);
    expect(body.html).toContain('<span>js</span>');
    expect(analysis.diagnostics.map((d) => [d.rule, d.severity, d.line])).toEqual([
      ['unsafe-html', 'error', 5],
      ['unsafe-html', 'error', 7],
      ['unsafe-html', 'error', 9],
      ['unsafe-html', 'warning', 9],
    ]);
  });

  it('keeps GFM: tables, footnotes, task lists, strikethrough', () => {
    const { html } = render('| a |\n| - |\n| 1 |\n\n~~old~~\n\n- [x] done\n\nNote[^1].\n\n[^1]: Text.').body;
    expect(html).toContain('<table>');
    expect(html).toContain('<del>old</del>');
    expect(html).toContain('<input type="checkbox" checked disabled>');
    expect(html).toContain('href="#user-content-fn-1"');
    expect(html).toContain('id="user-content-fn-1"');
  });

  it('shows absurdly nested bodies as text instead of hanging', () => {
    const deep = Array.from({ length: 100 }, (_, i) => `${' '.repeat(i * 2)}- item`).join('\n');
    const { body, analysis } = render(deep);
    expect(body.html.startsWith('<pre>')).toBe(true);
    expect(analysis.diagnostics).toMatchObject([{ rule: 'unrenderable', severity: 'error', line: 5 + 61 }]);
  });

  it('shows a paragraph flooded with emphasis markers as text, keeping every character', () => {
    const flood = `Before.\n\n${'*_ '.repeat(5000)}`;
    const { body, analysis } = render(flood);
    // Plain text, so the parser (minutes on this input) never ran.
    expect(body.html).toBe(`<pre>${flood}</pre>`);
    expect(analysis.diagnostics).toMatchObject([
      { rule: 'unrenderable', line: 7, message: expect.stringContaining('thousands of `*`, `_` or `[` markers') },
    ]);
  });
});

describe('analyseBody', () => {
  it('finds the same links as rendering, without a resolver', () => {
    const text = '[[chain-rule]] [x](../roadmaps/deep.md) ![A](../assets/fig.svg)';
    const analysed = analyseBody({ file: 'concepts/a.md', text, line: 1 });
    expect(analysed.links).toEqual(render(text).analysis.links.map((l) => ({ ...l, line: l.line - 4 })));
  });
});
