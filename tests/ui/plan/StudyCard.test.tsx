// @vitest-environment jsdom
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Concept } from '../../../src/core/model';
import { asConceptId } from '../../../src/core/model/ConceptId';
import { planFor } from '../../../src/core/planner/planFor';
import { encodePlanUrl } from '../../../src/core/planner/url/planUrl';
import { AppStoreProvider } from '../../../src/store/AppStoreContext';
import { StudyCard } from '../../../src/ui/plan/StudyCard';
import { makeStore } from '../../store/storeFixture';
import { fetchFixtureBody, fixtureConcepts, fixtureIndex } from '../fixtures/fixtureIndex';
import { renderApp } from '../renderApp';

/** Matrices with two check questions, one of each kind, the first with math. */
const checks: Pick<Concept, 'checks' | 'html'> = {
  checks: [
    {
      kind: 'choice',
      question: 'What is $A^T$?',
      choices: ['The transpose', 'The inverse'],
      correct: 0,
      explanation: 'Rows become columns.',
    },
    { kind: 'recall', question: 'What shape has a 2×3 matrix times a 3×4 one?', answer: '2×4.' },
  ],
};
const index = {
  ...fixtureIndex,
  concepts: fixtureConcepts.map((c) =>
    c.id === 'matrices'
      ? { ...c, ...checks, html: { ...c.html, checks: { 0: { question: 'What is <span class="katex">A^T</span>?' } } } }
      : c,
  ),
};

const toggle = (title: string) => screen.getByRole('button', { name: `Study card: ${title}` });
/** The region a card's button controls (found through the button, as a closed one is hidden). */
const card = (title: string) => document.getElementById(toggle(title).getAttribute('aria-controls')!)!;
const stepOf = (title: string) => screen.getByRole('link', { name: title }).closest('li')!;

afterEach(() => vi.unstubAllGlobals());

/** Matrices' study card alone, open, in the plan for Matrices. */
function renderMatricesCard(store: ReturnType<typeof makeStore>, onCheckAnswered: (id: string, check: number, correct: boolean) => void) {
  const result = planFor(store.getState().graph, ['matrices'], new Set());
  if (!result.ok) throw new Error(result.error.message);
  render(
    <AppStoreProvider store={store}>
      <StudyCard
        plan={result.plan}
        assumed={[]}
        id={asConceptId('matrices')}
        title="Matrices"
        open
        onToggle={() => {}}
        onCheckAnswered={onCheckAnswered}
      />
    </AppStoreProvider>,
  );
}

describe('study cards in the plan', () => {
  it('opens the first ready step as "Next up", with its summary, goals, core resources as safe external links, and prerequisites', () => {
    renderApp('/plan/v1/backpropagation', { index });
    // Vectors and Derivatives are both ready; Vectors comes first.
    expect(screen.getAllByText('Next up')).toHaveLength(1);
    expect(within(stepOf('Vectors')).getByText('Next up')).toBeTruthy();
    expect(toggle('Vectors').getAttribute('aria-expanded')).toBe('true');
    const open = screen.getByRole('region', { name: 'Study card: Vectors' });
    expect(open).toBe(card('Vectors'));
    expect(open.hidden).toBe(false);
    expect(open.textContent).toContain('Lists of numbers you can add and scale.');
    expect(within(open).getByText('Add two vectors.')).toBeTruthy();
    const link = within(open).getByRole('link', { name: /Linear Algebra Done Right/ });
    expect(link.getAttribute('href')).toBe('https://linear.axler.net/');
    expect(link.className).toBe('link-external');
    expect(link.getAttribute('rel')).toBe('noopener noreferrer');
    expect(link.textContent).toContain('(external site)');
    expect(link.closest('li')!.textContent).toContain('book · free · 1 h');
    expect(within(open).getByText('None: you can start here.')).toBeTruthy();
    // Every other card is closed, its contents not even rendered.
    expect(toggle('Derivatives').getAttribute('aria-expanded')).toBe('false');
    expect(card('Derivatives').hidden).toBe(true);
    expect(card('Derivatives').childElementCount).toBe(0);
  });

  it('shows only core resources, and each prerequisite with its reason and where it stands in the plan', async () => {
    const url = encodePlanUrl({ targets: [asConceptId('backpropagation')], known: [asConceptId('vectors')] });
    const { user, store } = renderApp('/', { index });
    act(() => {
      store.getState().mark('derivatives', 'known');
      store.getState().navigate(url);
    });
    await user.click(toggle('Linear regression'));
    const open = card('Linear regression');
    const items = within(open).getAllByRole('listitem');
    expect(items.map((li) => li.textContent)).toEqual([
      'Matrices step 1The normal equations use matrices.',
      'Derivatives (known)Least squares sets a derivative to zero.',
    ]);
    await user.click(toggle('Multivariate chain rule'));
    const assumed = within(card('Multivariate chain rule')).getByRole('link', { name: 'Vectors' }).closest('li')!;
    expect(assumed.textContent).toBe('Vectors AssumedGradients are vectors.');
  });

  it('leaves supplementary resources to the concept page', async () => {
    const { user } = renderApp('/plan/v1/backpropagation', { index });
    await user.click(toggle('Derivatives'));
    const open = card('Derivatives');
    expect(open.textContent).toContain('The rate at which a function changes.');
    expect(within(open).queryByRole('heading', { name: 'Resources' })).toBeNull();
    expect(within(open).queryByRole('link', { name: /Calculus videos/ })).toBeNull();
  });

  it('keeps more than one card open, by mouse or keyboard, and shows checks and math', async () => {
    const { user } = renderApp('/plan/v1/backpropagation', { index });
    await user.click(toggle('Matrices'));
    expect(toggle('Matrices').getAttribute('aria-expanded')).toBe('true');
    expect(toggle('Vectors').getAttribute('aria-expanded')).toBe('true');
    const matrices = card('Matrices');
    expect(matrices.querySelector('.ref-reason .katex')?.textContent).toBe('v');
    expect(within(matrices).getByText('step 1')).toBeTruthy();
    expect(matrices.querySelectorAll('.goal-list .katex')).toHaveLength(1);
    expect(within(matrices).getByRole('heading', { level: 3, name: 'Check yourself' })).toBeTruthy();
    expect(within(matrices).getByRole('group', { name: 'What is A^T?' })).toBeTruthy();
    expect(within(matrices).getByRole('button', { name: 'Show the answer' })).toBeTruthy();
    // Enter on the focused button closes it; Space opens it again.
    toggle('Matrices').focus();
    await user.keyboard('{Enter}');
    expect(toggle('Matrices').getAttribute('aria-expanded')).toBe('false');
    expect(card('Matrices').hidden).toBe(true);
    await user.keyboard(' ');
    expect(toggle('Matrices').getAttribute('aria-expanded')).toBe('true');
  });

  it('keeps an answered check answered when its card is closed and opened again, and marks nothing', async () => {
    const { user, store } = renderApp('/plan/v1/backpropagation', { index });
    await user.click(toggle('Matrices'));
    const matrices = card('Matrices');
    await user.click(within(matrices).getByRole('radio', { name: 'The transpose' }));
    await user.click(within(matrices).getByRole('button', { name: 'Check' }));
    expect(within(matrices).getByText('Right.')).toBeTruthy();
    await user.click(toggle('Matrices'));
    await user.click(toggle('Matrices'));
    expect(within(card('Matrices')).getByText('Right.')).toBeTruthy();
    // Studying changes nothing the learner did not ask for.
    expect(store.getState().progress.states).toEqual({});
    expect(store.getState().progress.plans).toEqual([]);
  });

  it('keeps "Next up" closed once closed, and opens the next one when it is marked known', async () => {
    const { user } = renderApp('/plan/v1/backpropagation', { index });
    await user.click(toggle('Vectors'));
    expect(card('Vectors').hidden).toBe(true);
    // Another step marked known re-renders the plan; the closed card stays closed.
    await user.click(screen.getByRole('button', { name: 'Mark known: Derivatives' }));
    expect(within(stepOf('Vectors')).getByText('Next up')).toBeTruthy();
    expect(toggle('Vectors').getAttribute('aria-expanded')).toBe('false');
    // Marking "Next up" known moves the label to the next ready step, whose card opens.
    await user.click(screen.getByRole('button', { name: 'Mark known: Vectors' }));
    expect(screen.getAllByText('Next up')).toHaveLength(1);
    expect(within(stepOf('Matrices')).getByText('Next up')).toBeTruthy();
    expect(toggle('Matrices').getAttribute('aria-expanded')).toBe('true');
  });

  it('passes answers to its checks on, with the concept and the check', async () => {
    const store = makeStore({ index });
    const answered = vi.fn();
    renderMatricesCard(store, answered);
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Show the answer' }));
    await user.click(screen.getByRole('button', { name: 'I didn’t' }));
    expect(answered).toHaveBeenCalledWith('matrices', 1, false);
    await user.click(screen.getByRole('radio', { name: 'The inverse' }));
    await user.click(screen.getByRole('button', { name: 'Check' }));
    expect(answered).toHaveBeenLastCalledWith('matrices', 0, false);
    expect(answered).toHaveBeenCalledTimes(2);
  });

  it('says when its concept could not be fetched, and fetches it again on "Try again"', async () => {
    const network = { up: false };
    const store = makeStore({
      index,
      preload: { graph: index.concepts },
      fetchJson: (url) => (network.up ? fetchFixtureBody(url) : Promise.reject(new Error('offline'))),
    });
    renderMatricesCard(store, () => {});
    expect(await screen.findByRole('alert')).toHaveProperty('textContent', expect.stringContaining('could not be loaded'));
    network.up = true;
    await userEvent.setup().click(screen.getByRole('button', { name: 'Try again' }));
    await vi.waitFor(() => expect(store.getState().details.matrices?.status).toBe('ready'));
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
