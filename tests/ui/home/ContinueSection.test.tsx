// @vitest-environment jsdom
import { act, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup } from '@testing-library/react';
import { AppStoreProvider } from '../../../src/store/AppStoreContext';
import { ContinueSection } from '../../../src/ui/home/ContinueSection';
import { makeStore } from '../../store/storeFixture';
import { renderApp } from '../renderApp';

afterEach(() => {
  cleanup();
  localStorage.clear();
});

/** A clock the test moves by hand. */
function controlledClock() {
  let time = Date.parse('2025-05-01T12:00:00.000Z');
  return {
    now: () => new Date(time).toISOString(),
    advanceDays: (days: number) => {
      time += days * 86_400_000;
    },
  };
}

const continueSection = () => screen.getByRole('heading', { level: 2, name: 'Continue' }).closest('section')!;

/** Opens each plan in turn, as a learner following links would, then goes home. */
function visitThenGoHome(...urls: string[]) {
  const app = renderApp('/');
  for (const url of urls) act(() => app.store.getState().navigate(url));
  act(() => app.store.getState().navigate('/'));
  return app;
}

describe('ContinueSection', () => {
  it('lists opened and saved plans, each a group with its title, progress and next step', () => {
    const { store } = visitThenGoHome('/plan/v1/chain-rule', '/plan/v1/backpropagation');
    act(() => {
      store.getState().savePlan('/plan/v1/chain-rule', 'Calculus first');
      store.getState().mark('derivatives', 'known');
    });
    const plans = within(continueSection()).getByRole('list', { name: 'Plans' });
    const groups = within(plans).getAllByRole('group');
    expect(groups.map((g) => within(g).getByRole('heading').textContent)).toEqual(['Plan for Backpropagation', 'Calculus first']);

    const backprop = within(plans).getByRole('group', { name: 'Plan for Backpropagation' });
    expect(within(backprop).getByRole('link', { name: 'Plan for Backpropagation' }).getAttribute('href')).toBe('/plan/v1/backpropagation');
    expect(within(backprop).getByText('Opened recently')).toBeTruthy();
    const bar = within(backprop).getByRole('progressbar', { name: 'Progress through Plan for Backpropagation' });
    expect([bar.getAttribute('aria-valuenow'), bar.getAttribute('aria-valuemax'), bar.getAttribute('aria-valuetext')]).toEqual([
      '1',
      '10',
      '1 of 10 known',
    ]);
    expect(
      within(backprop)
        .getByText(/Next step/)
        .querySelector('a')
        ?.getAttribute('href'),
    ).toBe('/concepts/vectors');

    // Saved and opened: listed once, under its saved title.
    const calculus = within(plans).getByRole('group', { name: 'Calculus first' });
    expect(within(calculus).getByText('Saved plan')).toBeTruthy();
    expect(within(calculus).getByRole('link', { name: 'Chain rule' }).getAttribute('href')).toBe('/concepts/chain-rule');
    expect(within(continueSection()).getAllByRole('link', { name: /Calculus first/ })).toHaveLength(1);
  });

  it('says when a plan has nothing left, without a next step', () => {
    const { store } = visitThenGoHome('/plan/v1/derivatives');
    act(() => store.getState().mark('derivatives', 'known'));
    const group = within(continueSection()).getByRole('group', { name: 'Plan for Derivatives' });
    expect(within(group).getByText(/Nothing left to learn/)).toBeTruthy();
    expect(within(group).getByRole('progressbar').getAttribute('aria-valuetext')).toBe('1 of 1 known');
    expect(within(group).queryByText(/Next step/)).toBeNull();
  });

  it('updates a plan’s progress and next step when the learner marks a concept', () => {
    const { store } = visitThenGoHome('/plan/v1/chain-rule');
    const group = () => within(continueSection()).getByRole('group', { name: 'Plan for Chain rule' });
    expect(within(group()).getByRole('progressbar').getAttribute('aria-valuetext')).toBe('0 of 2 known');
    act(() => store.getState().mark('derivatives', 'learning'));
    expect(within(group()).getByRole('progressbar').getAttribute('aria-valuetext')).toBe('0 of 2 known, 1 learning');
    act(() => store.getState().mark('derivatives', 'known'));
    expect(within(group()).getByText(/Next step/).textContent).toContain('Chain rule');
  });

  it('shows nothing when there is nothing to continue', () => {
    const { container } = render(
      <AppStoreProvider store={makeStore()}>
        <ContinueSection learning={[]} />
      </AppStoreProvider>,
    );
    expect(container.innerHTML).toBe('');
  });

  it('shows how many concepts are due for review, counted when the page opens, and only when some are', () => {
    const clock = controlledClock();
    const store = makeStore({ now: clock.now });
    act(() => store.getState().mark('vectors', 'known'));
    // Just marked known: nothing is due, and there is nothing else to continue.
    const first = render(
      <AppStoreProvider store={store}>
        <ContinueSection learning={[]} />
      </AppStoreProvider>,
    );
    expect(first.container.innerHTML).toBe('');
    first.unmount();
    // A year later the page opens again: the review is due.
    clock.advanceDays(365);
    render(
      <AppStoreProvider store={store}>
        <ContinueSection learning={[]} />
      </AppStoreProvider>,
    );
    expect(screen.getByRole('link', { name: '1 concept due for review' }).getAttribute('href')).toBe('/review');
    expect(screen.queryByRole('list', { name: 'Plans' })).toBeNull();
  });

  it('links the due count under the site’s base', () => {
    const clock = controlledClock();
    const store = makeStore({ base: '/course', url: '/course/', now: clock.now });
    act(() => {
      store.getState().mark('vectors', 'known');
      store.getState().mark('derivatives', 'known');
    });
    clock.advanceDays(365);
    render(
      <AppStoreProvider store={store}>
        <ContinueSection learning={[]} />
      </AppStoreProvider>,
    );
    expect(screen.getByRole('link', { name: '2 concepts due for review' }).getAttribute('href')).toBe('/course/review');
  });
});
