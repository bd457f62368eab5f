import { describe, expect, it } from 'vitest';
import type { CourseMeta } from '../../../src/core/model';
import type { ConceptId } from '../../../src/core/model/ConceptId';
import { courseToMarkdown } from '../../../src/core/export/courseToMarkdown';
import { courseWeekPlans } from '../../../src/core/export/courseWeekPlans';
import { planToMarkdown } from '../../../src/core/export/planToMarkdown';
import { toPlanDocument } from '../../../src/core/export/toPlanDocument';
import { buildGraph } from '../../../src/core/graph/buildGraph';
import { decodePlanUrl } from '../../../src/core/planner/url/planUrl';
import { concept } from '../planner/graphOf';
import { nodesOf, parseMarkdown, textOf } from './markdownTree';

const graph = buildGraph([
  concept('a', [], { title: 'Alpha' }),
  concept('b', ['a'], { title: 'Beta_1' }),
  concept('c', ['b'], { title: 'Gamma', estimate: 90 }),
]);
const ids = (...list: string[]) => list as ConceptId[];
const course: CourseMeta = {
  id: 'intro',
  file: 'courses/intro.md',
  title: 'Intro course',
  firstWeek: 1,
  summary: 'Two weeks\nof reading.',
  weeks: [
    { title: 'Week 1: basics', targets: ids('b'), note: 'Start *here*.' },
    { title: 'Week 2', targets: ids('c', 'a') },
  ],
};

describe('courseToMarkdown', () => {
  const markdown = courseToMarkdown(course, courseWeekPlans(graph, course), 'https://site.example/');
  const tree = parseMarkdown(markdown);

  it('has one section per week with its new steps as a checklist', () => {
    const headings = nodesOf(tree, 'heading').map((h) => [h.depth, textOf(h)]);
    expect(headings).toEqual([
      [1, 'Intro course'],
      [2, 'Week 1: basics'],
      [2, 'Week 2'],
    ]);
    const tasks = nodesOf(tree, 'listItem').filter((i) => i.checked === false);
    expect(tasks.map((t) => textOf(t))).toEqual(['Alpha (30 min)', 'Beta_1 (30 min)', 'Gamma (1 h 30 min)']);
    expect(markdown).toContain('- [ ] [Gamma](https://site.example/concepts/c) (1 h 30 min)');
    expect(markdown).toContain('- Time: 2 h 30 min');
    expect(markdown).toContain('- Course: <https://site.example/courses/intro>');
  });

  it('says what each week builds on, and links each week plan', () => {
    expect(markdown).toContain('Before this week you should know: [Beta\\_1](https://site.example/concepts/b).');
    const planLinks = nodesOf(tree, 'link').filter((l) => l.url?.includes('/plan/v1/'));
    expect(planLinks).toHaveLength(2);
    const second = decodePlanUrl(planLinks[1]!.url!, graph);
    expect(second.ok && second.spec).toEqual({ targets: ['c', 'a'], known: ['a', 'b'], title: 'Intro course: Week 2' });
  });

  it('gives a week the same time as the export of its own plan', () => {
    const week = courseWeekPlans(graph, course).weeks[1]!;
    const own = planToMarkdown(toPlanDocument(graph, week.plan, week.spec!, 'https://site.example/', 'Week 2'));
    expect(own).toContain('- Time: 1 h 30 min\n');
    expect(markdown).toContain('\n1 h 30 min · plan: <https://site.example/plan/v1/');
  });

  it('keeps bare URLs in titles, notes and summaries as text', () => {
    const hostile: CourseMeta = {
      ...course,
      title: 'Course at www.evil.example',
      summary: 'See https://evil.example/x',
      weeks: [{ title: 'Week 1: mail a@evil.example', targets: ids('b'), note: 'http://evil.example/y' }],
    };
    const links = nodesOf(parseMarkdown(courseToMarkdown(hostile, courseWeekPlans(graph, hostile), 'https://site.example/')), 'link');
    expect(links.map((l) => l.url).filter((url) => !url?.startsWith('https://site.example/'))).toEqual([]);
  });
});
