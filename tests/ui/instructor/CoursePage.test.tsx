// @vitest-environment jsdom
import { act, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { CourseMeta } from '../../../src/core/model';
import type { ConceptId } from '../../../src/core/model/ConceptId';
import { decodePlanUrl } from '../../../src/core/planner/url/planUrl';
import { CoursePage } from '../../../src/ui/instructor/CoursePage';
import { fixtureIndex } from '../fixtures/fixtureIndex';
import { captureDownloads, renderWithStore } from './renderInstructor';

const ids = (...list: string[]) => list as ConceptId[];
const course: CourseMeta = {
  id: 'ml',
  file: 'courses/ml.md',
  title: 'Machine learning in three weeks',
  summary: 'From regression to backpropagation.',
  author: 'A. Teacher',
  firstWeek: 1,
  weeks: [
    { title: 'Week 1: Regression', targets: ids('linear-regression'), note: 'Fit a line.' },
    { title: 'Week 2: Classification', targets: ids('logistic-regression') },
    { title: 'Week 3: Networks', targets: ids('backpropagation', 'vectors') },
  ],
};
const index = { ...fixtureIndex, courses: [course] };
const render = () => renderWithStore(<CoursePage id="ml" />, { url: '/courses/ml', index });
const week = (n: number) => screen.getByRole('region', { name: new RegExp(`^Week ${n}:`) });
const stepsOf = (n: number) =>
  within(within(week(n)).getByRole('list', { name: `New in week ${n}` }))
    .getAllByRole('listitem')
    .map((li) => li.querySelector('a')?.firstChild?.textContent);

describe('CoursePage', () => {
  it('shows each week’s new plan given the weeks before it', () => {
    render();
    expect(screen.getByRole('heading', { level: 1, name: 'Machine learning in three weeks' })).toBeTruthy();
    expect(document.title).toBe('Machine learning in three weeks · Test Roadmaps');
    expect(stepsOf(1)).toEqual(['Vectors', 'Matrices', 'Derivatives', 'Linear regression']);
    expect(stepsOf(2)).toEqual(['Gradient descent', 'Logistic regression']);
    expect(stepsOf(3)).toEqual(['Feed-forward neural nets', 'Chain rule', 'Multivariate chain rule', 'Backpropagation']);
    expect(within(week(1)).getByText('Fit a line.')).toBeTruthy();
    expect(within(week(2)).getByText('2 new steps · 1 h 45 min')).toBeTruthy();
    const stats = Array.from(document.querySelectorAll('.plan-stats dd'), (dd) => dd.textContent);
    expect(stats).toEqual(['3', '10', '8 h 15 min']);
  });

  it('lists its weeks under "On this page", each linked to its section', () => {
    render();
    const nav = screen.getByRole('navigation', { name: 'On this page' });
    const links = within(nav).getAllByRole('link');
    expect(links.map((a) => [a.textContent, a.getAttribute('href')])).toEqual([
      ['Week 1: Regression', '#week-1'],
      ['Week 2: Classification', '#week-2'],
      ['Week 3: Networks', '#week-3'],
    ]);
    for (const a of links) expect(document.getElementById(a.getAttribute('href')!.slice(1))?.textContent).toBe(a.textContent);
  });

  it('says what to know before each week, and what earlier weeks already covered', () => {
    render();
    expect(within(week(1)).queryByRole('heading', { name: /^Before week 1/ })).toBeNull();
    const before2 = within(week(2)).getByRole('heading', { name: 'Before week 2 you should know' }).parentElement!;
    expect(
      within(before2)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['Vectors (week 1)', 'Derivatives (week 1)', 'Linear regression (week 1)']);
    const before3 = within(week(3)).getByRole('heading', { name: 'Before week 3 you should know' }).parentElement!;
    expect(
      within(before3)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['Matrices (week 1)', 'Derivatives (week 1)', 'Logistic regression (week 2)']);
    expect(within(week(3)).getByText('Already covered: Vectors (week 1).')).toBeTruthy();
  });

  it('counts weeks from 0 when the course says so, in labels and links', () => {
    const weeks = course.weeks.map((w, i) => ({ ...w, title: w.title.replace(/^Week \d/, `Week ${i}`) }));
    const zero = { ...fixtureIndex, courses: [{ ...course, firstWeek: 0, weeks }] };
    renderWithStore(<CoursePage id="ml" />, { url: '/courses/ml', index: zero });
    const before1 = within(week(1)).getByRole('heading', { name: 'Before week 1 you should know' }).parentElement!;
    expect(
      within(before1)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['Vectors (week 0)', 'Derivatives (week 0)', 'Linear regression (week 0)']);
    expect(within(week(0)).getByRole('link', { name: 'Open week 0 as a plan' })).toBeTruthy();
    expect(within(week(0)).getByRole('list', { name: 'New in week 0' })).toBeTruthy();
    // Week 0 plus two weeks: the figure shows the span, not a count of three.
    expect(document.querySelector('.plan-stats dd')!.textContent).toBe('0–2');
  });

  it('opens each week as a plan that gives the same steps', () => {
    const { store } = render();
    const link = within(week(3)).getByRole('link', { name: 'Open week 3 as a plan' });
    const decoded = decodePlanUrl(link.getAttribute('href')!, store.getState().graph);
    expect(decoded.ok && decoded.spec).toEqual({
      targets: ['backpropagation', 'vectors'],
      known: ['derivatives', 'logistic-regression', 'matrices', 'vectors'],
      title: 'Machine learning in three weeks: Week 3: Networks',
    });
  });

  it('shows the viewer’s progress without changing the weeks', () => {
    const { store } = render();
    expect(screen.getByText('0 of 10 known')).toBeTruthy();
    act(() => {
      store.getState().mark('matrices', 'known');
      store.getState().mark('chain-rule', 'learning');
    });
    expect(screen.getByText('1 of 10 known, 1 learning')).toBeTruthy();
    expect(stepsOf(1)).toHaveLength(4);
    const matrices = within(week(1)).getAllByRole('listitem')[1]!;
    expect(within(matrices).getByText('Known')).toBeTruthy();
  });

  it('exports the course as a Markdown syllabus', async () => {
    const { files } = captureDownloads();
    const { user } = render();
    await user.click(screen.getByRole('button', { name: 'Export as Markdown' }));
    expect(files[0]?.name).toBe('machine-learning-in-three-weeks.md');
    const markdown = await files[0]!.text;
    expect(markdown).toMatch(/^# Machine learning in three weeks\n/);
    expect(markdown.match(/^## .*/gm)).toEqual(['## Week 1: Regression', '## Week 2: Classification', '## Week 3: Networks']);
    expect(markdown.match(/^- \[ \] \[[^\]]+\]/gm)).toHaveLength(10);
  });

  it('says when a week has nothing new or no target this site has', () => {
    const odd: CourseMeta = {
      ...course,
      id: 'odd',
      weeks: [...course.weeks, { title: 'Week 4: Review', targets: ids('vectors') }, { title: 'Week 5: Gone', targets: [] }],
    };
    renderWithStore(<CoursePage id="odd" />, { url: '/courses/odd', index: { ...fixtureIndex, courses: [odd] } });
    expect(within(week(4)).getByText("Nothing new: earlier weeks cover this week's targets.")).toBeTruthy();
    expect(within(week(4)).queryByRole('link', { name: /as a plan/ })).toBeTruthy();
    expect(within(week(5)).getByText('This week names no concept this site has.')).toBeTruthy();
    expect(within(week(5)).queryByRole('link', { name: /as a plan/ })).toBeNull();
  });

  it('is a 404 for an unknown course', () => {
    renderWithStore(<CoursePage id="nope" />, { url: '/courses/nope', index });
    expect(screen.getByRole('heading', { level: 1, name: 'Page not found' })).toBeTruthy();
  });
});
