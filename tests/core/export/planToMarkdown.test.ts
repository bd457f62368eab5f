import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeMarkdown } from '../../../src/core/export/escapeMarkdown';
import { planToMarkdown } from '../../../src/core/export/planToMarkdown';
import { toPlanDocument } from '../../../src/core/export/toPlanDocument';
import type { ConceptId } from '../../../src/core/model/ConceptId';
import { buildGraph } from '../../../src/core/graph/buildGraph';
import type { PlanSpec } from '../../../src/core/planner/Plan';
import { planFor } from '../../../src/core/planner/planFor';
import { decodePlanUrl } from '../../../src/core/planner/url/planUrl';
import { concept } from '../planner/graphOf';
import { nodesOf, parseMarkdown, textOf } from './markdownTree';

const ORIGIN = 'https://learn.example.org';
const graph = buildGraph([
  concept('vectors', [], { title: 'Vectors', estimate: 40 }),
  concept('derivatives', [], { title: 'Derivatives *and* limits', estimate: 30 }),
  concept('matrices', ['vectors'], { title: 'Matrices [2D]', estimate: 45 }),
  concept('gradient', ['derivatives', 'vectors'], { title: 'Gradient', estimate: 20 }),
  concept('backprop', ['matrices', 'gradient'], { title: 'Backpropagation', estimate: 60 }),
]);

function markdownFor(spec: PlanSpec): { markdown: string; ids: readonly ConceptId[] } {
  const result = planFor(graph, spec.targets, new Set(spec.known));
  if (!result.ok) throw new Error(result.error.message);
  const doc = toPlanDocument(graph, result.plan, spec, ORIGIN, 'Fallback title');
  return { markdown: planToMarkdown(doc), ids: result.plan.steps.map((s) => s.id) };
}

const ids = (...list: string[]) => list as ConceptId[];

describe('planToMarkdown', () => {
  it('lists every step as an unchecked task with its absolute link and duration, in plan order', () => {
    const { markdown, ids: order } = markdownFor({ targets: ids('backprop'), known: [] });
    const lines = markdown.split('\n').filter((l) => l.startsWith('- [ ]'));
    expect(lines).toEqual([
      '- [ ] [Vectors](https://learn.example.org/concepts/vectors) (40 min)',
      '- [ ] [Matrices \\[2D\\]](https://learn.example.org/concepts/matrices) (45 min)',
      '- [ ] [Derivatives \\*and\\* limits](https://learn.example.org/concepts/derivatives) (30 min)',
      '- [ ] [Gradient](https://learn.example.org/concepts/gradient) (20 min)',
      '- [ ] [Backpropagation](https://learn.example.org/concepts/backprop) (1 h)',
    ]);
    const tasks = nodesOf(parseMarkdown(markdown), 'listItem').filter((item) => item.checked === false);
    expect(tasks.map((t) => nodesOf(t, 'link')[0]?.url)).toEqual(order.map((id) => `${ORIGIN}/concepts/${id}`));
    expect(tasks.map((t) => textOf(nodesOf(t, 'link')[0]!))).toEqual([
      'Vectors',
      'Matrices [2D]',
      'Derivatives *and* limits',
      'Gradient',
      'Backpropagation',
    ]);
  });

  it('heads the checklist with the title, the note, the number of steps, the time and the plan link', () => {
    const spec: PlanSpec = {
      targets: ids('backprop'),
      known: ids('vectors'),
      title: 'Week 3 #1',
      note: 'Read before class.\n- bring questions',
    };
    const { markdown } = markdownFor(spec);
    const tree = parseMarkdown(markdown);
    const heading = nodesOf(tree, 'heading')[0]!;
    expect(heading.depth).toBe(1);
    expect(textOf(heading)).toBe('Week 3 #1');
    expect(textOf(nodesOf(tree, 'paragraph')[0]!)).toBe('Read before class.\n- bring questions');
    expect(markdown).toContain('- Steps: 4 steps');
    expect(markdown).toContain('- Time: 2 h 35 min');
    const planLink = nodesOf(tree, 'link').find((l) => l.url?.startsWith(`${ORIGIN}/plan/`));
    expect(planLink).toBeDefined();
    const decoded = decodePlanUrl(planLink!.url!, graph);
    expect(decoded.ok && decoded.spec).toEqual({
      targets: ['backprop'],
      known: ['vectors'],
      title: 'Week 3 #1',
      note: 'Read before class.\n- bring questions',
    });
  });

  it('uses the fallback title for a plan without one and says when nothing is left to learn', () => {
    const { markdown } = markdownFor({ targets: ids('vectors'), known: ids('vectors') });
    expect(markdown.startsWith('# Fallback title\n')).toBe(true);
    expect(markdown).toContain('- Steps: 0 steps');
    expect(markdown).toContain('Nothing to learn');
    expect(markdown).not.toContain('- [ ]');
  });
});

describe('escapeMarkdown', () => {
  it('keeps plain words as they are', () => {
    expect(escapeMarkdown('Linear regression, week 2')).toBe('Linear regression, week 2');
  });

  it('renders back to the same text, whatever the text', () => {
    const chars = fc.constantFrom(...'ab1 #*_-+=>.)[](){}<>!|~`\\&;:/é\u00a0'.split(''));
    const text = fc.array(chars, { minLength: 1, maxLength: 24 }).map((cs) => cs.join('').trim().replace(/\s+/g, ' '));
    fc.assert(
      fc.property(
        text.filter((t) => t !== ''),
        (t) => {
          const heading = nodesOf(parseMarkdown(`# ${escapeMarkdown(t)}`), 'heading')[0];
          const paragraph = nodesOf(parseMarkdown(escapeMarkdown(t)), 'paragraph')[0];
          expect(heading && textOf(heading)).toBe(t);
          expect(paragraph && textOf(paragraph)).toBe(t);
        },
      ),
      { numRuns: 400 },
    );
  });

  it('renders URLs and addresses back to the same text, never as links', () => {
    const pieces = fc.constantFrom(
      'https://a.example/b',
      'www.a.example',
      'c@d.example',
      'mailto:e@f.example',
      '`',
      '``',
      ' ',
      'x',
      '#',
      '- ',
      '\\',
      '<',
      '&amp;',
    );
    fc.assert(
      fc.property(fc.array(pieces, { minLength: 1, maxLength: 10 }), (parts) => {
        const t = parts.join('').trim().replace(/\s+/g, ' ');
        fc.pre(t !== '');
        const paragraph = nodesOf(parseMarkdown(`Before: ${escapeMarkdown(t)}`), 'paragraph')[0];
        expect(paragraph && textOf(paragraph)).toBe(`Before: ${t}`);
        expect(nodesOf(parseMarkdown(escapeMarkdown(t)), 'link')).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('keeps a title and note with line breaks from a URL inert: no heading or ticked step', () => {
    const title = 'Week 1\n# Grades\n- [x] Backpropagation';
    const note = 'Read this.\n\n- [x] done\n# Grades';
    const { markdown } = markdownFor({ targets: ids('backprop'), known: [], title, note });
    const tree = parseMarkdown(markdown);
    expect(nodesOf(tree, 'heading').map((h) => h.depth)).toEqual([1, 2]);
    expect(textOf(nodesOf(tree, 'heading')[0]!)).toBe(title.replace(/\n/g, ' '));
    expect(nodesOf(tree, 'listItem').some((item) => item.checked === true)).toBe(false);
  });
});

describe('planToMarkdown: assumed concepts', () => {
  it('lists the concepts the plan assumes known, linked like its steps, before the steps', () => {
    const { markdown } = markdownFor({ targets: ids('backprop'), known: ids('vectors', 'derivatives') });
    const tree = parseMarkdown(markdown);
    expect(nodesOf(tree, 'heading').map((h) => [h.depth, textOf(h)])).toEqual([
      [1, 'Fallback title'],
      [2, 'Assumed known'],
      [2, 'Steps'],
    ]);
    expect(markdown).toContain(
      '## Assumed known\n\nThe plan leaves these out: it takes them as known.\n\n' +
        '- [Vectors](https://learn.example.org/concepts/vectors)\n' +
        '- [Derivatives \\*and\\* limits](https://learn.example.org/concepts/derivatives)\n\n## Steps\n',
    );
    const assumed = nodesOf(tree, 'list')[1]!;
    expect(nodesOf(assumed, 'listItem').map((item) => item.checked ?? null)).toEqual([null, null]);
    expect(nodesOf(assumed, 'link').map((l) => [textOf(l), l.url])).toEqual([
      ['Vectors', `${ORIGIN}/concepts/vectors`],
      ['Derivatives *and* limits', `${ORIGIN}/concepts/derivatives`],
    ]);
  });

  it('has no such section when the plan assumes nothing', () => {
    expect(markdownFor({ targets: ids('backprop'), known: [] }).markdown).not.toContain('Assumed known');
  });
});

// Pieces of hostile text: links of every GFM kind, HTML, block starts, escapes, line breaks.
const PIECES = [
  'https://evil.example/x',
  'HTTP://EVIL.EXAMPLE',
  'www.evil.example',
  'Www.evil.example/`q`',
  'a@evil.example',
  'mailto:b@evil.example',
  'xmpp:c@evil.example/d',
  '(https://evil.example)',
  '[l](https://evil.example)',
  '<https://evil.example>',
  '![i](https://evil.example/i.png)',
  '[^1]',
  '<b>',
  '<!-- c -->',
  '&amp;',
  '&#60;',
  '# ',
  '## x #',
  '- [x] ',
  '* ',
  '+ ',
  '1. ',
  '2) ',
  '> ',
  '---',
  '===',
  '|',
  '~~',
  '`',
  '``',
  '*',
  '_',
  '\\',
  ':',
  '.',
  '@',
  'w',
  'text',
  ' ',
  '   ',
  '\n',
  '\n\n',
  '\r\n',
];
const hostile = fc.array(fc.constantFrom(...PIECES), { maxLength: 12 }).map((parts) => parts.join(''));
const oneLine = (text: string) => text.replace(/\s*[\r\n\u2028\u2029]+\s*/g, ' ');

describe('planToMarkdown: user text stays text', () => {
  it('makes no heading, list item, link or HTML of any title or note', () => {
    fc.assert(
      fc.property(hostile, hostile, hostile, hostile, hostile, (title, note, known, first, target) => {
        const g = buildGraph([
          concept('k', [], { title: known, estimate: 10 }),
          concept('p', [], { title: first, estimate: 20 }),
          concept('t', ['p', 'k'], { title: target, estimate: 75 }),
        ]);
        const spec: PlanSpec = { targets: ids('t'), known: ids('k'), title, note };
        const result = planFor(g, spec.targets, new Set(spec.known));
        if (!result.ok) throw new Error(result.error.message);
        const markdown = planToMarkdown(toPlanDocument(g, result.plan, spec, ORIGIN, 'Fallback'));
        const tree = parseMarkdown(markdown);

        expect(nodesOf(tree, 'heading').map((h) => h.depth)).toEqual([1, 2, 2]);
        expect(textOf(nodesOf(tree, 'heading')[0]!)).toBe(oneLine(title).replace(/^ +| +$/g, ''));
        for (const kind of ['html', 'image', 'linkReference', 'imageReference', 'definition', 'footnoteReference', 'code', 'blockquote']) {
          expect(nodesOf(tree, kind), kind).toEqual([]);
        }
        expect(nodesOf(tree, 'listItem').map((item) => item.checked ?? null)).toEqual([null, null, null, null, false, false]);
        const links = nodesOf(tree, 'link');
        expect(links.map((l) => l.url)).toEqual([
          expect.stringMatching(/^https:\/\/learn\.example\.org\/plan\/v1\/t\?/),
          `${ORIGIN}/concepts/k`,
          `${ORIGIN}/concepts/p`,
          `${ORIGIN}/concepts/t`,
        ]);
        expect(links.slice(1).map(textOf)).toEqual([known, first, target].map(oneLine));
      }),
      { numRuns: 300 },
    );
  });

  it('keeps a bare URL or address in a title or note as text: GFM would link it despite escapes', () => {
    const title = 'Read https://evil.example/x first';
    const note = 'Also www.evil.example,\nor mail a@evil.example.';
    const { markdown } = markdownFor({ targets: ids('vectors'), known: [], title, note });
    const tree = parseMarkdown(markdown);
    expect(nodesOf(tree, 'link').map((l) => l.url)).toEqual([expect.stringContaining('/plan/v1/vectors'), `${ORIGIN}/concepts/vectors`]);
    expect(textOf(nodesOf(tree, 'heading')[0]!)).toBe(title);
    expect(textOf(nodesOf(tree, 'paragraph')[0]!)).toBe(note);
    expect(markdown.startsWith('# Read `https://evil.example/x` first\n')).toBe(true);
  });
});
