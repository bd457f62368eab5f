// @vitest-environment jsdom
import { act, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../renderApp';

const section = (name: string) => within(screen.getByRole('heading', { level: 2, name }).closest('section')!);

describe('ConceptPage', () => {
  it('shows title, summary, goals, prerequisites with reasons, and what it unlocks', () => {
    renderApp('/concepts/backpropagation');
    expect(screen.getByRole('heading', { level: 1, name: 'Backpropagation' })).toBeTruthy();
    expect(screen.getByText(/Computing the gradient of a network/)).toBeTruthy();
    expect(section('Goals').getByText('Derive the backward pass by hand.')).toBeTruthy();
    const prereqs = section('Prerequisites');
    expect(prereqs.getAllByRole('link').map((a) => a.textContent)).toEqual(['Feed-forward neural nets', 'Multivariate chain rule']);
    expect(prereqs.getByText('Each step is the chain rule.')).toBeTruthy();
    expect(section('What it unlocks').getByText(/No concept on this site needs it yet/)).toBeTruthy();
  });

  it('shows the math of the summary, goals and reasons rendered, the rest as text', () => {
    const { container } = renderApp('/concepts/matrices');
    const lead = container.querySelector('.lead')!;
    expect(lead.textContent).toBe('Rectangular arrays A that act on vectors.');
    expect(lead.querySelector('.katex')!.textContent).toBe('A');
    const goals = section('Goals').getAllByRole('listitem');
    expect(goals.map((li) => li.querySelectorAll('.katex').length)).toEqual([0, 1]);
    expect(goals[1]!.textContent).toBe('Transpose A.');
    const reason = section('Prerequisites').getByText(/A matrix maps a vector/);
    expect([...reason.querySelectorAll('.katex')].map((k) => k.textContent)).toEqual(['v', 'Av']);
    expect(container.textContent).not.toContain('$');
  });

  it('lists its sections under "On this page", with the headings of its notes once they are there', async () => {
    renderApp('/concepts/backpropagation');
    const nav = screen.getByRole('navigation', { name: 'On this page' });
    const titles = () =>
      within(nav)
        .getAllByRole('link')
        .map((a) => a.textContent);
    expect(titles()).toEqual(['Goals', 'Prerequisites', 'What it unlocks', 'Around this concept']);
    await screen.findByText(/backwards/);
    expect(titles()).toEqual(['Goals', 'Prerequisites', 'Idea', 'What it unlocks', 'Around this concept']);
    // Every link has its target on the page.
    await screen.findByRole('heading', { name: 'Around this concept' });
    for (const a of within(nav).getAllByRole('link')) expect(document.getElementById(a.getAttribute('href')!.slice(1))?.tagName).toBe('H2');
  });

  it('lists unlocked concepts and counts everything downstream', () => {
    renderApp('/concepts/derivatives');
    const unlocks = section('What it unlocks');
    expect(unlocks.getAllByRole('link').map((a) => a.textContent)).toEqual(['Chain rule', 'Gradient descent', 'Linear regression']);
    expect(unlocks.getByText(/In all, 7 concepts/)).toBeTruthy();
  });

  it('shows prerequisites with their state', () => {
    const { store } = renderApp('/concepts/matrices');
    act(() => {
      store.getState().mark('vectors', 'known');
    });
    expect(section('Prerequisites').getByRole('link', { name: /^Vectors ?\(known\)$/ }).dataset.state).toBe('known');
  });

  it('lists resources core first with kind, price and time, supplementary apart', () => {
    renderApp('/concepts/vectors');
    const resources = section('Resources');
    const link = resources.getByRole('link', { name: /Linear Algebra Done Right/ });
    expect(link.className).toBe('link-external');
    expect(link.closest('li')!.textContent).toMatch(/book · free · 1 h/);
    renderApp('/concepts/derivatives');
    expect(screen.getByRole('heading', { level: 3, name: 'Supplementary' })).toBeTruthy();
    expect(screen.getByText(/video · paid · 45 min/)).toBeTruthy();
  });

  it('marks the concept known, learning or neither, and the plan link follows', async () => {
    const { user, store } = renderApp('/concepts/chain-rule');
    expect(screen.getByRole('radio', { name: 'Not started' })).toHaveProperty('checked', true);
    expect(screen.getByRole('link', { name: /Get a learning plan/ }).textContent).toMatch(/2 steps, 50 min/);
    await user.click(screen.getByRole('radio', { name: 'Learning' }));
    expect(store.getState().progress.states).toEqual({ 'chain-rule': 'learning' });
    await user.click(screen.getByRole('radio', { name: 'Known' }));
    expect(store.getState().progress.states).toEqual({ 'chain-rule': 'known' });
    expect(screen.queryByRole('link', { name: /Get a learning plan/ })).toBeNull();
    await user.click(screen.getByRole('radio', { name: 'Not started' }));
    expect(store.getState().progress.states).toEqual({});
  });

  it('loads and shows the body', async () => {
    renderApp('/concepts/backpropagation');
    expect(await screen.findByText(/backwards/)).toBeTruthy();
    expect(screen.getByRole('link', { name: 'chain rule' }).getAttribute('href')).toBe('/concepts/multivariate-chain-rule');
  });

  it('links to the edit page when the site has a pattern', () => {
    renderApp('/concepts/vectors');
    expect(screen.getByRole('link', { name: /Edit this page/ }).getAttribute('href')).toBe('https://example.org/edit/concepts/vectors.md');
  });

  it('follows an alias to the current id', () => {
    renderApp('/concepts/multivariable-chain-rule');
    expect(window.location.pathname).toBe('/concepts/multivariate-chain-rule');
    expect(screen.getByRole('heading', { level: 1, name: 'Multivariate chain rule' })).toBeTruthy();
  });

  it('is a 404 with suggestions for an unknown id', async () => {
    renderApp('/concepts/gradient-decent');
    expect(screen.getByRole('heading', { level: 1, name: 'No such concept' })).toBeTruthy();
    expect(screen.getByText('gradient-decent')).toBeTruthy();
    const suggestions = within((await screen.findByRole('heading', { name: 'Did you mean' })).closest('section')!);
    expect(suggestions.getAllByRole('link')[0]?.textContent).toBe('Gradient descent');
  });
});
