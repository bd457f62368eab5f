// @vitest-environment jsdom
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { ConceptId } from '../../../src/core/model/ConceptId';
import { decodePlanUrl, encodePlanUrl } from '../../../src/core/planner/url/planUrl';
import { PlanBuilderPage } from '../../../src/ui/instructor/PlanBuilderPage';
import { captureDownloads, renderWithStore } from './renderInstructor';

const stepTitles = () => Array.from(document.querySelectorAll('.builder-step .builder-step-title a'), (a) => a.firstChild?.textContent);
const totals = () => document.querySelector('.builder-totals')?.textContent;
const linkField = () => screen.getByRole('textbox', { name: 'Plan link' }) as HTMLInputElement;

async function addTarget(user: ReturnType<typeof renderWithStore>['user'], query: string, title: string) {
  await user.click(screen.getByRole('combobox', { name: 'Add a target concept' }));
  await user.keyboard(query);
  const option = await screen.findByRole('option', { name: new RegExp(`^${title}`) });
  await user.click(option);
}

describe('PlanBuilderPage', () => {
  it('adds a target by search and shows its plan and hours live', async () => {
    const { user } = renderWithStore(<PlanBuilderPage />, { url: '/plan/new' });
    expect(screen.getByRole('heading', { level: 1, name: 'Build a plan' })).toBeTruthy();
    expect(totals()).toBe('Add a target to see its plan.');
    expect(screen.queryByRole('textbox', { name: 'Plan link' })).toBeNull();
    const box = screen.getByRole('combobox', { name: 'Add a target concept' });
    await user.click(box);
    await user.keyboard('backprop');
    await screen.findByRole('option', { name: /^Backpropagation/ });
    await user.keyboard('{Enter}');
    expect(box).toHaveProperty('value', '');
    expect(
      within(screen.getByRole('list', { name: 'Chosen targets' }))
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['Backpropagation Remove']);
    expect(stepTitles()).toEqual([
      'Vectors',
      'Matrices',
      'Derivatives',
      'Linear regression',
      'Gradient descent',
      'Logistic regression',
      'Feed-forward neural nets',
      'Chain rule',
      'Multivariate chain rule',
      'Backpropagation',
    ]);
    expect(totals()).toBe('10 steps · 8 h 15 min');
    expect(linkField().value).toBe(`${window.location.origin}/plan/v1/backpropagation`);
  });

  it('keeps the draft in the address bar, so a reload comes back to it', async () => {
    const { user, unmount } = renderWithStore(<PlanBuilderPage />, { url: '/plan/new' });
    await addTarget(user, 'backprop', 'Backpropagation');
    await user.click(screen.getByRole('checkbox', { name: 'Assumed known: Feed-forward neural nets' }));
    const here = () => window.location.pathname + window.location.search;
    await waitFor(() => expect(here()).toMatch(/^\/plan\/new\?from=.*feed-forward/));
    const address = here();
    const before = stepTitles();
    unmount();
    // A reload: a fresh store and page at the address the bar now holds.
    renderWithStore(<PlanBuilderPage />, { url: address });
    expect(stepTitles()).toEqual(before);
    expect(screen.getByRole('checkbox', { name: 'Feed-forward neural nets' })).toHaveProperty('checked', true);
    // Removing the last target clears the draft from the address.
    await user.click(screen.getByRole('button', { name: /^Remove/ }));
    await waitFor(() => expect(here()).toBe('/plan/new'));
  });

  it('marks assumed-known concepts from the plan itself, and brings them back', async () => {
    const { user, store } = renderWithStore(<PlanBuilderPage />, { url: '/plan/new' });
    await addTarget(user, 'backprop', 'Backpropagation');
    await user.click(screen.getByRole('checkbox', { name: 'Assumed known: Feed-forward neural nets' }));
    expect(stepTitles()).toEqual(['Derivatives', 'Chain rule', 'Vectors', 'Multivariate chain rule', 'Backpropagation']);
    expect(totals()).toMatch(/^5 steps · 3 h 20 min/);
    // Assuming is the plan's business, never the instructor's own progress.
    expect(store.getState().progress.states).toEqual({});
    expect(screen.queryByRole('checkbox', { name: /Backpropagation/ })).toBeNull();
    const restore = screen.getByRole('checkbox', { name: 'Feed-forward neural nets' });
    expect(restore).toHaveProperty('checked', true);
    expect(decodePlanUrl(linkField().value, store.getState().graph)).toMatchObject({
      ok: true,
      spec: { known: ['feed-forward-neural-nets'] },
    });
    await user.click(restore);
    expect(stepTitles()).toHaveLength(10);
    expect(linkField().value).not.toContain('k=');
  });

  it('puts title and note in the link, and copies it', async () => {
    const { user, store } = renderWithStore(<PlanBuilderPage />, { url: '/plan/new' });
    await addTarget(user, 'gradient desc', 'Gradient descent');
    await addTarget(user, 'chain', 'Chain rule');
    const title = screen.getByRole('textbox', { name: 'Title' });
    expect(title.getAttribute('placeholder')).toBe('Plan for Gradient descent and Chain rule');
    await user.type(title, 'Week 1 & 2');
    await user.type(screen.getByRole('textbox', { name: 'Note for learners (optional)' }), 'Read before class.');
    const decoded = decodePlanUrl(linkField().value, store.getState().graph);
    expect(decoded).toEqual({
      ok: true,
      warnings: [],
      spec: { targets: ['gradient-descent', 'chain-rule'], known: [], title: 'Week 1 & 2', note: 'Read before class.' },
    });
    await user.click(screen.getByRole('button', { name: 'Copy link' }));
    expect(await navigator.clipboard.readText()).toBe(linkField().value);
    expect(screen.getByText('Link copied.')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Remove Chain rule' }));
    expect(decodePlanUrl(linkField().value).ok && linkField().value).toMatch(/\/plan\/v1\/gradient-descent\?t=/);
  });

  it('starts from a plan link given as ?from= (edit a copy)', () => {
    const from = encodePlanUrl({
      targets: ['logistic-regression' as ConceptId],
      known: ['vectors' as ConceptId],
      title: 'Regression week',
    });
    renderWithStore(<PlanBuilderPage />, { url: `/plan/new?from=${encodeURIComponent(from)}` });
    expect(screen.getByRole('textbox', { name: 'Title' })).toHaveProperty('value', 'Regression week');
    expect(stepTitles()).toEqual(['Matrices', 'Derivatives', 'Linear regression', 'Gradient descent', 'Logistic regression']);
    expect(linkField().value).toBe(window.location.origin + from);
  });

  it('says why a ?from= link could not be used', () => {
    renderWithStore(<PlanBuilderPage />, { url: `/plan/new?from=${encodeURIComponent('/plan/v1/no-such-thing')}` });
    expect(screen.getByText(/Unknown concept `no-such-thing`/)).toBeTruthy();
    expect(totals()).toBe('Add a target to see its plan.');
  });

  it('exports the plan as a Markdown checklist and as plain text', async () => {
    const { files } = captureDownloads();
    const { user } = renderWithStore(<PlanBuilderPage />, { url: '/plan/new' });
    await addTarget(user, 'linear regr', 'Linear regression');
    await user.type(screen.getByRole('textbox', { name: 'Title' }), 'Regression: week 1');
    await user.click(screen.getByRole('button', { name: 'Export as Markdown' }));
    await user.click(screen.getByRole('button', { name: 'Export as plain text' }));
    expect(files.map((f) => [f.name, f.type])).toEqual([
      ['regression-week-1.md', 'text/markdown;charset=utf-8'],
      ['regression-week-1.txt', 'text/plain;charset=utf-8'],
    ]);
    const markdown = await files[0]!.text;
    const origin = window.location.origin;
    expect(markdown.split('\n').filter((l) => l.startsWith('- [ ]'))).toEqual([
      `- [ ] [Vectors](${origin}/concepts/vectors) (1 h)`,
      `- [ ] [Matrices](${origin}/concepts/matrices) (40 min)`,
      `- [ ] [Derivatives](${origin}/concepts/derivatives) (30 min)`,
      `- [ ] [Linear regression](${origin}/concepts/linear-regression) (1 h)`,
    ]);
    expect(markdown.startsWith('# Regression: week 1\n')).toBe(true);
    expect(await files[1]!.text).toContain('4. Linear regression (1 h)');
  });

  it('offers the embed snippet and lists the courses', async () => {
    const { user } = renderWithStore(<PlanBuilderPage />, { url: '/plan/new' });
    await addTarget(user, 'vectors', 'Vectors');
    const snippet = screen.getByRole('textbox', { name: 'Embed this plan on another page' }) as HTMLTextAreaElement;
    expect(snippet.value).toContain(`<iframe src="${window.location.origin}/embed/plan/v1/vectors" title="Plan for Vectors"`);
    expect(screen.getByRole('link', { name: 'A short course' }).getAttribute('href')).toBe('/courses/dl-course');
  });
});
