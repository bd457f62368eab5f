// @vitest-environment jsdom
import { act, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { asConceptId } from '../../../src/core/model/ConceptId';
import type { AppStoreInit } from '../../../src/store/createAppStore';
import { randomLayeredDag } from '../../../bench/randomLayeredDag';
import { fixtureConcepts, fixtureIndex } from '../fixtures/fixtureIndex';
import { renderApp } from '../renderApp';

/**
 * A store's start over concepts `s0`, `s1`, … with the given prerequisites (by number), each like
 * the fixture's first concept: the whole graph and every concept's metadata given up front.
 */
function syntheticContent(prerequisites: readonly (readonly number[])[]): Partial<AppStoreInit> {
  const concepts = prerequisites.map((ps, i) => ({
    ...fixtureConcepts[0]!,
    id: asConceptId(`s${i}`),
    file: `concepts/s${i}.md`,
    title: `Synthetic ${i}`,
    aliases: [],
    prerequisites: ps.map((p) => ({ id: asConceptId(`s${p}`) })),
  }));
  return { index: { ...fixtureIndex, roadmaps: [], courses: [] }, preload: { graph: concepts, details: concepts } };
}

/** A plan of `n` steps shaped like a real one: every concept leads to the target. */
function layeredPlan(n: number): { content: Partial<AppStoreInit>; url: string } {
  const dag = randomLayeredDag(n, 3);
  const prerequisites: number[][] = Array.from({ length: n }, () => []);
  for (const [a, b] of dag.edges) prerequisites[b]!.push(a);
  return { content: syntheticContent(prerequisites), url: `/plan/v1/s${dag.target}` };
}

/** A chain of `n` concepts: a plan of `n` steps. */
const chain = (n: number) => ({
  content: syntheticContent(Array.from({ length: n }, (_, i) => (i === 0 ? [] : [i - 1]))),
  url: `/plan/v1/s${n - 1}`,
});

/** Every node (elements, text, comments) under `root`, as the browser's DOM size counts them. */
function nodeCount(root: Node): number {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_ALL);
  let n = 0;
  while (walker.nextNode()) n++;
  return n;
}

// Role queries walk the accessibility tree of thousands of nodes; these look buttons up by text.
const buttons = (text: RegExp) => Array.from(document.querySelectorAll('button')).filter((b) => text.test(b.textContent ?? ''));
const button = (text: string) => {
  const found = buttons(new RegExp(`^${text.replace(/[()?]/g, '\\$&')}$`));
  expect(found, text).toHaveLength(1);
  return found[0]!;
};
const planPage = () => document.querySelector('.plan-page')!;
const listed = () => document.querySelectorAll('.plan-steps > .plan-step');
const stat = (name: string) => screen.getByText(name, { selector: 'dt' }).nextElementSibling?.textContent;

describe('a plan of a thousand steps', { timeout: 60_000 }, () => {
  const large = layeredPlan(1000);

  it('shows its first steps in fewer than 5,000 DOM nodes, with its totals whole', () => {
    renderApp(large.url, large.content);
    expect(stat('Steps')).toBe('1000');
    expect(listed()).toHaveLength(80);
    expect(document.querySelectorAll('.print-step')).toHaveLength(80);
    expect(nodeCount(planPage())).toBeLessThan(5000);
    expect(nodeCount(document.body)).toBeLessThan(5000);
    expect(screen.getByText(/Showing the first 80 of 1000 steps\./)).toBeTruthy();
    // Paper says the list was cut.
    expect(document.querySelector('.print-cut')!.textContent).toMatch(/^Steps 1 to 80 of 1000/);
  });

  it('shows the next batch on request, moving focus to its first step, and then the rest', async () => {
    const { user } = renderApp(large.url, large.content);
    await user.click(button('Show the next 80 steps (920 left)'));
    expect(listed()).toHaveLength(160);
    expect(document.querySelectorAll('.print-step')).toHaveLength(160);
    expect(document.activeElement).toBe(document.querySelector('li[data-step="81"] > .step-main > a'));
    for (let left = 840; left > 40; left -= 80) {
      await user.click(button(`Show the next 80 steps (${left} left)`));
    }
    await user.click(button('Show the next 40 steps (40 left)'));
    expect(listed()).toHaveLength(1000);
    expect(Array.from(listed(), (li) => (li as HTMLElement).dataset.step).at(-1)).toBe('1000');
    expect(buttons(/^Show the next/)).toEqual([]);
    expect(screen.queryByText(/Showing the first/)).toBeNull();
    expect(document.querySelector('.print-cut')).toBeNull();
    // In this many, the browser lays out only the steps near the screen.
    expect(document.querySelector('.plan-steps')!.classList.contains('plan-steps-long')).toBe(true);
  });

  it('keeps the steps shown as one is marked known and undone', async () => {
    const { user, store } = renderApp(large.url, large.content);
    const target = listed()[4]!.querySelector<HTMLElement>('.step-main > a')!.dataset.concept!;
    await user.click(listed()[4]!.querySelector('button[data-step-action]')!);
    expect(store.getState().progress.states).toEqual({ [target]: 'known' });
    expect(Number(stat('Steps'))).toBeLessThan(1000);
    expect(listed()).toHaveLength(80);
    await user.click(document.querySelector('.undo-bar button')!);
    expect(stat('Steps')).toBe('1000');
    expect(listed()).toHaveLength(80);
  });

  it('draws its graph only when asked for', async () => {
    const { user } = renderApp(large.url, large.content);
    expect(document.querySelector('.plan-graph, .graph-slot-placeholder')).toBeNull();
    const show = button('Show the graph (1000 concepts)');
    expect(show.getAttribute('aria-expanded')).toBe('false');
    await user.click(show);
    expect(show.getAttribute('aria-expanded')).toBe('true');
    expect(document.querySelector('.plan-graph')).not.toBeNull();
  });
});

describe('plans around the thresholds', { timeout: 60_000 }, () => {
  it('draws the graph of a 300-step plan at once and lists it whole', () => {
    const plan = chain(300);
    renderApp(plan.url, plan.content);
    expect(document.querySelector('.plan-graph')).not.toBeNull();
    expect(buttons(/^Show the graph/)).toEqual([]);
    expect(listed()).toHaveLength(300);
  });

  it('keeps a graph asked for while steps are marked known, though the plan falls under the threshold', async () => {
    const plan = chain(301);
    const { user, store } = renderApp(plan.url, plan.content);
    await user.click(button('Show the graph (301 concepts)'));
    act(() => store.getState().mark('s0', 'known'));
    expect(stat('Steps')).toBe('300');
    expect(button('Hide the graph').getAttribute('aria-expanded')).toBe('true');
  });
});

describe('"Next up" far down a long plan', { timeout: 60_000 }, () => {
  // The target needs a cycle of 450 concepts (none of them ready) before a concept that is: the
  // first ready step, "Next up", is step 451 of 452.
  const cycle = Array.from({ length: 450 }, (_, i) => [(i + 1) % 450]);
  const content = syntheticContent([...cycle, [], [0, 450]]);
  const url = '/plan/v1/s451';

  it('is a button away, which shows it with its study card open and moves focus to it', async () => {
    const { user } = renderApp(url, content);
    expect(stat('Steps')).toBe('452');
    expect(document.querySelector('.plan-step[data-next-up]')).toBeNull();
    expect(screen.getByText(/^Next up is step 451, Synthetic 450\./)).toBeTruthy();
    await user.click(button('Go to step 451'));
    const step = document.querySelector<HTMLElement>('.plan-step[data-next-up]')!;
    expect(step.dataset.step).toBe('451');
    expect(listed()).toHaveLength(452);
    expect(
      within(step)
        .getByRole('button', { name: /^Study card/ })
        .getAttribute('aria-expanded'),
    ).toBe('true');
    expect(document.activeElement).toBe(step.querySelector('.step-main > a'));
    expect(buttons(/^Go to step/)).toEqual([]);
    // It can be marked known like any other step.
    await user.click(within(step).getByRole('button', { name: 'Mark known: Synthetic 450' }));
    expect(stat('Steps')).toBe('451');
  });
});
