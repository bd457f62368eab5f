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
  const doc = toPlanDocument(result.plan, spec, ORIGIN, 'Fallback title');
  return { markdown: planToMarkdown(doc), ids: result.plan.steps.map((s) => s.id) };
}

const ids = (...list: string[]) => list as ConceptId[];

describe('planToMarkdown', () => {
  it('lists every step as an unchecked task with its absolute link and minutes, in plan order', () => {
    const { markdown, ids: order } = markdownFor({ targets: ids('backprop'), known: [] });
    const lines = markdown.split('\n').filter((l) => l.startsWith('- [ ]'));
    expect(lines).toEqual([
      '- [ ] [Vectors](https://learn.example.org/concepts/vectors) (40 min)',
      '- [ ] [Matrices \\[2D\\]](https://learn.example.org/concepts/matrices) (45 min)',
      '- [ ] [Derivatives \\*and\\* limits](https://learn.example.org/concepts/derivatives) (30 min)',
      '- [ ] [Gradient](https://learn.example.org/concepts/gradient) (20 min)',
      '- [ ] [Backpropagation](https://learn.example.org/concepts/backprop) (60 min)',
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

  it('heads the checklist with the title, the note, the number of steps, the hours and the plan link', () => {
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
    expect(markdown).toContain('- Time: 2.6 hours (155 min)');
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
