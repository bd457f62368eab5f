// @vitest-environment jsdom
import { act, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { ConceptId } from '../../../src/core/model/ConceptId';
import { encodePlanUrl } from '../../../src/core/planner/url/planUrl';
import { EmbedPlanPage } from '../../../src/ui/instructor/EmbedPlanPage';
import { renderWithStore } from './renderInstructor';

const url = encodePlanUrl({
  targets: ['logistic-regression' as ConceptId],
  known: ['vectors' as ConceptId],
  title: 'Regression',
  note: 'Before Monday.',
});
const steps = () => within(screen.getByRole('list')).getAllByRole('listitem');

describe('EmbedPlanPage', () => {
  it('shows the whole shared plan compactly, with links that open the site in a new tab', () => {
    renderWithStore(<EmbedPlanPage url={url} />, { url: `/embed${url}` });
    expect(screen.getByRole('heading', { level: 1, name: 'Regression' })).toBeTruthy();
    expect(screen.getByText('Before Monday.')).toBeTruthy();
    expect(screen.getByText('5 steps · 3 h 55 min')).toBeTruthy();
    expect(steps().map((li) => li.querySelector('a')?.textContent)).toEqual([
      'Matrices',
      'Derivatives',
      'Linear regression',
      'Gradient descent',
      'Logistic regression',
    ]);
    for (const link of screen.getAllByRole('link')) expect(link.getAttribute('target')).toBe('_blank');
    expect(screen.getByRole('link', { name: /^Open this plan on Test Roadmaps/ }).getAttribute('href')).toBe(url);
    expect(document.querySelector('header, nav, footer')).toBeNull();
  });

  it('marks the viewer’s own progress on the steps instead of removing them', () => {
    const { store } = renderWithStore(<EmbedPlanPage url={url} />, { url: `/embed${url}` });
    expect(screen.getByText('0 of 5 known')).toBeTruthy();
    act(() => store.getState().mark('derivatives', 'known'));
    expect(steps()).toHaveLength(5);
    expect(screen.getByText('1 of 5 known')).toBeTruthy();
    expect(within(steps()[1]!).getByText('Known')).toBeTruthy();
    expect(steps()[1]!.getAttribute('data-state')).toBe('known');
  });

  it('says why a broken link shows no plan', () => {
    renderWithStore(<EmbedPlanPage url="/plan/v1/not-a-concept" />, { url: '/embed/plan/v1/not-a-concept' });
    expect(screen.getByRole('heading', { level: 1, name: 'This plan link does not work' })).toBeTruthy();
    const message = screen.getByRole('heading', { level: 1 }).nextElementSibling!;
    expect(message.textContent).toMatch(/^Unknown concept not-a-concept/);
    expect(message.querySelector('code')!.textContent).toBe('not-a-concept');
  });
});
