// @vitest-environment jsdom
import { act, cleanup, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { decodePlanUrl, encodePlanUrl } from '../../../src/core/planner/url/planUrl';
import { asConceptId } from '../../../src/core/model/ConceptId';
import { fixtureConcepts, fixtureIndex } from '../fixtures/fixtureIndex';
import { renderApp } from '../renderApp';

const stepTitles = () => Array.from(document.querySelectorAll('.plan-step > .step-main > a'), (a) => a.firstChild?.textContent);
const stat = (name: string) => screen.getByText(name, { selector: 'dt' }).nextElementSibling?.textContent;

describe('PlanPage', () => {
  it('lists numbered steps in order with estimates, time left and ready-now badges', () => {
    renderApp('/plan/v1/backpropagation');
    expect(screen.getByRole('heading', { level: 1, name: 'Plan for Backpropagation' })).toBeTruthy();
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
    expect(stat('Steps')).toBe('10');
    expect(stat('Time left')).toBe('8 h 15 min');
    expect(stat('Ready now')).toBe('2');
    const items = screen.getAllByRole('listitem').filter((li) => li.classList.contains('plan-step'));
    expect(within(items[0]!).getByText('Ready now')).toBeTruthy();
    expect(within(items[0]!).getByText('1 h')).toBeTruthy();
    expect(within(items[1]!).queryByText('Ready now')).toBeNull();
    expect(within(items[9]!).getByText('Goal')).toBeTruthy();
    // The number beside each step comes from its attribute (a CSS counter would not survive the
    // containment that lets the browser skip laying out steps far off screen).
    expect(items.map((li) => li.dataset.step)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9', '10']);
  });

  it('lets the browser skip laying out off-screen steps only in a long plan', () => {
    renderApp('/plan/v1/backpropagation');
    expect(document.querySelector('.plan-steps')!.classList.contains('plan-steps-long')).toBe(false);
    cleanup();
    // A chain of 320 concepts: a plan of 320 steps.
    const chain = Array.from({ length: 320 }, (_, i) => ({
      ...fixtureConcepts[0]!,
      id: asConceptId(`c${i}`),
      file: `concepts/c${i}.md`,
      title: `Concept ${i}`,
      aliases: [],
      prerequisites: i === 0 ? [] : [{ id: asConceptId(`c${i - 1}`) }],
    }));
    renderApp('/plan/v1/c319', { index: { ...fixtureIndex, concepts: chain, roadmaps: [], courses: [] } });
    const list = document.querySelector('.plan-steps')!;
    expect(list.children).toHaveLength(320);
    expect(list.classList.contains('plan-steps-long')).toBe(true);
  });

  it('explains why a step is there', async () => {
    const { user } = renderApp('/plan/v1/backpropagation');
    const why = screen.getByRole('button', { name: /^Why is this here\? ?\(Chain rule\)$/ });
    expect(why.getAttribute('aria-expanded')).toBe('false');
    await user.click(why);
    expect(why.getAttribute('aria-expanded')).toBe('true');
    const panel = document.getElementById(why.getAttribute('aria-controls')!)!;
    expect(panel.textContent).toMatch(/Chain rule is needed by Multivariate chain rule: It generalises the chain rule\./);
    expect(panel.textContent).toMatch(/Multivariate chain rule is needed by Backpropagation: Each step is the chain rule\./);
  });

  it('removes a step marked known and what only it needed, and undoes it', async () => {
    const { user, store } = renderApp('/plan/v1/backpropagation');
    await user.click(screen.getByRole('button', { name: 'Mark known: Feed-forward neural nets' }));
    expect(stepTitles()).toEqual(['Derivatives', 'Chain rule', 'Vectors', 'Multivariate chain rule', 'Backpropagation']);
    expect(stat('Steps')).toBe('5');
    expect(store.getState().progress.states).toEqual({ 'feed-forward-neural-nets': 'known' });
    const status = screen.getAllByRole('status').find((s) => s.classList.contains('undo-bar'))!;
    expect(status.textContent).toMatch(/Marked Feed-forward neural nets as known/);
    await user.click(within(status).getByRole('button', { name: 'Undo' }));
    expect(stat('Steps')).toBe('10');
    expect(store.getState().progress.states).toEqual({});
  });

  it('says so when nothing is left', () => {
    const { store } = renderApp('/plan/v1/chain-rule');
    act(() => {
      store.getState().mark('chain-rule', 'known');
    });
    expect(screen.getByText(/Nothing left to learn/)).toBeTruthy();
  });

  it('shows a shared plan with its title, note and assumed concepts, on top of your own progress', () => {
    const url = encodePlanUrl({
      targets: [asConceptId('backpropagation')],
      known: ['vectors', 'derivatives'].map(asConceptId),
      title: 'Week 3',
      note: 'Read before class.',
    });
    const { store } = renderApp('/', {});
    act(() => {
      store.getState().mark('matrices', 'known');
      store.getState().mark('derivatives', 'known');
      store.getState().navigate(url);
    });
    expect(screen.getByRole('heading', { level: 1, name: 'Week 3' })).toBeTruthy();
    expect(screen.getByText('Read before class.')).toBeTruthy();
    const assumed = within(screen.getByText(/This plan assumes you know 2 concepts/).closest('details')!);
    expect(assumed.getByRole('link', { name: 'Vectors' }).closest('li')!.textContent).toMatch(/Assumed/);
    expect(assumed.getByRole('link', { name: /Derivatives/ }).closest('li')!.textContent).toMatch(/Known/);
    expect(stepTitles()).not.toContain('Vectors');
    expect(stepTitles()).not.toContain('Matrices');
    expect(stat('Steps')).toBe('7');
    expect(store.getState().progress.states).toEqual({ matrices: 'known', derivatives: 'known' });
  });

  it('saves the plan to my plans and removes it again', async () => {
    const { user, store } = renderApp('/plan/v1/backpropagation?t=Mine');
    await user.click(screen.getByRole('button', { name: 'Save to my plans' }));
    expect(store.getState().progress.plans).toMatchObject([{ url: '/plan/v1/backpropagation?t=Mine', title: 'Mine' }]);
    expect(screen.getByText(/Saved in your plans/)).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Remove from my plans' }));
    expect(store.getState().progress.plans).toEqual([]);
  });

  it('explains a plan URL that does not work', () => {
    renderApp('/plan/v1/backprop');
    expect(screen.getByRole('heading', { level: 1, name: 'This plan link does not work' })).toBeTruthy();
    // The message names the id as code, without literal backticks.
    const lead = document.querySelector('p.lead')!;
    expect(lead.textContent).toMatch(/^Unknown concept backprop/);
    expect(lead.querySelector('code')!.textContent).toBe('backprop');
    expect(lead.textContent).not.toContain('`');
  });

  it('offers the plans a mistyped target was probably meant to be, keeping the rest of the link', () => {
    renderApp('/plan/v1/backprop?t=Lab');
    const offers = within(screen.getByRole('list', { name: 'Open instead' })).getAllByRole('link');
    expect(offers.map((a) => [a.textContent, a.getAttribute('href')])).toEqual([
      ['Plan for Backpropagation', '/plan/v1/backpropagation?t=Lab'],
    ]);
  });
  it('copies the plan’s link, or the link with what I know assumed, and says what the recipient will see', async () => {
    const { user, store } = renderApp('/plan/v1/linear-regression?t=Week%202');
    // Knowing nothing the plan covers, there is only the plain link to copy.
    expect(screen.queryByRole('button', { name: 'Copy link with what I know marked as assumed' })).toBeNull();
    act(() => {
      store.getState().mark('vectors', 'known');
      store.getState().mark('matrices', 'known');
    });
    const status = () => screen.getByText(/^Link copied/);

    await user.click(screen.getByRole('button', { name: 'Copy link to this plan' }));
    expect(await navigator.clipboard.readText()).toBe(`${window.location.origin}/plan/v1/linear-regression?t=Week%202`);
    expect(status().getAttribute('role')).toBe('status');
    expect(status().textContent).toBe('Link copied. Whoever opens it sees this plan from scratch, with their own progress, not yours.');

    await user.click(screen.getByRole('button', { name: 'Copy link with what I know marked as assumed' }));
    const link = await navigator.clipboard.readText();
    expect(link).toBe(`${window.location.origin}/plan/v1/linear-regression?k=matrices&t=Week%202`);
    expect(decodePlanUrl(link, store.getState().graph)).toMatchObject({ ok: true, spec: { known: ['matrices'], title: 'Week 2' } });
    expect(status().textContent).toBe(
      'Link copied. Whoever opens it gets this plan with the 1 concept you know marked as assumed, so their plan skips it.',
    );
  });

  it('shows the link to copy by hand, and what it shows, when the clipboard is refused', async () => {
    const { user, store } = renderApp('/plan/v1/linear-regression');
    act(() => store.getState().mark('derivatives', 'known'));
    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(new Error('denied'));
    await user.click(screen.getByRole('button', { name: 'Copy link with what I know marked as assumed' }));
    vi.restoreAllMocks();
    const field = screen.getByRole('textbox', { name: /copy this link instead. Whoever opens it gets this plan with the 1 concept/ });
    expect((field as HTMLInputElement).value).toBe(`${window.location.origin}/plan/v1/linear-regression?k=derivatives`);
    expect(screen.queryByText(/^Link copied/)).toBeNull();
  });
});
