// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { planFor } from '../../../src/core/planner/planFor';
import type { Plan } from '../../../src/core/planner/Plan';
import { AppStoreProvider, useAppStore } from '../../../src/store/AppStoreContext';
import { selectPlanView } from '../../../src/store/selectors/selectPlanView';
import { PlanGraph } from '../../../src/ui/graph/PlanGraph';
import { makeStore } from '../../store/storeFixture';

afterEach(() => {
  cleanup();
  localStorage.clear();
});

function setup(known: readonly string[] = []) {
  const store = makeStore({ url: '/plan/v1/backpropagation' });
  for (const id of known) store.getState().mark(id, 'known');
  const result = planFor(store.getState().graph, ['backpropagation'], new Set(known));
  if (!result.ok) throw new Error(result.error.message);
  const plan: Plan = result.plan;
  render(
    <AppStoreProvider store={store}>
      <PlanGraph plan={plan} />
    </AppStoreProvider>,
  );
  return { store, plan };
}

const nodeIds = () => Array.from(document.querySelectorAll<HTMLAnchorElement>('a.graph-node'), (a) => a.dataset.id);
const titleOf = (id: string) => document.querySelector(`a.graph-node[data-id="${id}"] .graph-node-title`)?.textContent;

describe('PlanGraph', () => {
  it('shows exactly the plan steps, with the same titles and numbers as the list', () => {
    const { plan } = setup();
    expect(nodeIds()).toEqual(plan.steps.map((s) => s.id));
    for (const step of plan.steps) expect(titleOf(step.id)).toBe(step.title);
    const labels = Array.from(document.querySelectorAll('a.graph-node'), (a) => a.getAttribute('aria-label'));
    expect(labels[0]).toBe(`Step 1: ${plan.steps[0]!.title}, ready now`);
    expect(labels.at(-1)).toBe(`Step ${plan.steps.length}: Backpropagation, not yet, goal`);
  });

  it('starts the tab order at the first step that is ready now', () => {
    const { plan } = setup();
    const first = plan.steps.findIndex((s) => s.ready);
    const tabbable = document.querySelectorAll('a.graph-node[tabindex="0"]');
    expect(tabbable).toHaveLength(1);
    expect((tabbable[0] as HTMLAnchorElement).dataset.id).toBe(plan.steps[first]!.id);
  });

  it('adds the known concepts the plan builds on when asked, dashed as known', async () => {
    setup(['vectors', 'derivatives']);
    expect(nodeIds()).not.toContain('vectors');
    await userEvent.setup().click(screen.getByRole('checkbox', { name: 'Show the known concepts it builds on' }));
    expect(nodeIds()).toEqual(expect.arrayContaining(['vectors', 'derivatives']));
    expect(document.querySelector('a.graph-node[data-id="vectors"]')!.classList).toContain('state-known');
  });

  it('shows a concept the learner is learning as learning', async () => {
    const { store } = setup();
    await act(async () => store.getState().mark('chain-rule', 'learning'));
    expect(document.querySelector('a.graph-node[data-id="chain-rule"]')!.getAttribute('aria-label')).toMatch(/, learning$/);
  });

  it('opens the concept page when a node is clicked', () => {
    const { store } = setup();
    fireEvent.click(document.querySelector('a.graph-node[data-id="matrices"]')!);
    expect(store.getState().route).toEqual({ kind: 'concept', id: 'matrices' });
  });

  it('keeps the view where the learner left it when a step is marked known and the plan shrinks', async () => {
    const store = makeStore({ url: '/plan/v1/backpropagation' });
    function LivePlan() {
      const view = useAppStore((s) => selectPlanView(s, '/plan/v1/backpropagation'));
      return view.ok ? <PlanGraph plan={view.plan} /> : null;
    }
    render(
      <AppStoreProvider store={store}>
        <LivePlan />
      </AppStoreProvider>,
    );
    const layer = () => (document.querySelector('.graph-layer') as HTMLElement).style.transform;
    const fitted = layer();
    await userEvent.setup().click(screen.getByRole('button', { name: 'Zoom in' }));
    await waitFor(() => expect(layer()).not.toBe(fitted));
    await new Promise((done) => setTimeout(done, 300));
    const zoomed = layer();
    const before = nodeIds();
    await act(async () => store.getState().mark(before[0]!, 'known'));
    expect(nodeIds()).toEqual(before.slice(1));
    expect(layer()).toBe(zoomed);
  });
});
