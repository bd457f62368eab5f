// @vitest-environment jsdom
import { act, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../renderApp';

const section = (name: string) => screen.getByRole('heading', { level: 2, name }).closest('section')!;

describe('HomePage', () => {
  it('lists the roadmaps with progress', () => {
    renderApp('/');
    const roadmaps = within(section('Roadmaps'));
    expect(roadmaps.getByRole('link', { name: 'Deep learning from the bottom up' }).getAttribute('href')).toBe('/roadmaps/deep-learning');
    expect(roadmaps.getByText('0 of 3 known')).toBeTruthy();
  });

  it('lists the courses with their length', () => {
    renderApp('/');
    const courses = within(section('Courses'));
    expect(courses.getByRole('link', { name: 'A short course' }).getAttribute('href')).toBe('/courses/dl-course');
    expect(courses.getByText('1 week')).toBeTruthy();
  });

  it('shows no "Continue" to a new learner, and suggests concepts with no prerequisites', () => {
    renderApp('/');
    expect(screen.queryByRole('heading', { level: 2, name: 'Continue' })).toBeNull();
    const next = within(section('Ready to learn next'));
    const names = next.getAllByRole('link').map((a) => a.textContent);
    expect(names.sort()).toEqual(['Derivatives', 'Vectors']);
    expect(next.getByText(/good places to start/)).toBeTruthy();
  });

  it('shows concepts being learned and saved plans under "Continue", and moves the frontier', () => {
    const { store } = renderApp('/');
    act(() => {
      store.getState().mark('chain-rule', 'learning');
    });
    act(() => {
      store.getState().mark('derivatives', 'known');
    });
    act(() => {
      store.getState().savePlan('/plan/v1/backpropagation', 'My backprop plan');
    });
    const cont = within(section('Continue'));
    expect(cont.getByRole('link', { name: 'My backprop plan' }).getAttribute('href')).toBe('/plan/v1/backpropagation');
    expect(cont.getByRole('link', { name: /Chain rule/ })).toBeTruthy();
    const next = within(section('Ready to learn next'));
    expect(next.queryByRole('link', { name: 'Derivatives' })).toBeNull();
    expect(next.getByRole('link', { name: /Chain rule/ })).toBeTruthy();
    expect(next.getByText(/1 concept known/)).toBeTruthy();
  });

  it('opens search from its button', async () => {
    const { user } = renderApp('/');
    await user.click(screen.getByRole('button', { name: /Search concepts/ }));
    expect(screen.getByRole('dialog', { name: 'Search concepts' })).toBeTruthy();
  });
});
