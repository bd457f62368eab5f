// @vitest-environment jsdom
import { act, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renderApp } from '../renderApp';
import { backpropPlan, placementIndex } from './placementFixture';

const quizUrl = `/check${backpropPlan}`;

/** The concept id of the question shown. */
const asking = () => document.querySelector<HTMLElement>('.placement-question')?.dataset.concept;

/** Answers the question shown: the right choice or a wrong one. */
async function answer(user: ReturnType<typeof renderApp>['user'], right: boolean) {
  await user.click(screen.getByRole('radio', { name: right ? 'Right answer' : 'Wrong answer' }));
  await user.click(screen.getByRole('button', { name: 'Check' }));
}

describe('PlacementPage', () => {
  it('says how much of the plan it can assess before it starts', () => {
    renderApp(quizUrl, { index: placementIndex });
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Backprop');
    expect(
      screen.getByText(
        'It can ask about 9 of the 10 concepts of this plan; it places the others from what they rest on and what rests on them.',
      ),
    ).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Back to the plan' }).getAttribute('href')).toBe(backpropPlan);
  });

  it('asks one question at a time, skips, stops, and marks only what the learner ticks', async () => {
    const { store, user } = renderApp(quizUrl, { index: placementIndex });
    await user.click(screen.getByRole('button', { name: 'Start' }));
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('Question 1 (of at most 9)');
    expect(screen.getByText(/The plan is \d+% settled; \d+ concepts are still in doubt\./)).toBeTruthy();
    // The question takes the focus, and never says whether it was right.
    expect(document.activeElement?.classList.contains('check-question')).toBe(true);
    const first = asking();
    expect(first).not.toBe('derivatives');
    await answer(user, true);
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('Question 2 (of at most 9)');
    expect(asking()).not.toBe(first);
    expect(screen.queryByText(/Right\.|Not quite\./)).toBeNull();

    const skipped = asking();
    await user.click(screen.getByRole('button', { name: 'Skip this question' }));
    // A skip is no answer: still question 2, about another concept, one fewer left to ask.
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('Question 2 (of at most 8)');
    expect(asking()).not.toBe(skipped);
    await answer(user, false);
    await user.click(screen.getByRole('button', { name: 'Stop and see what it found' }));

    const form = screen.getByRole('form', { name: 'What it found' });
    expect(document.activeElement?.textContent).toBe('What it found');
    expect(within(form).getByText(/You stopped after 2 questions/)).toBeTruthy();
    // Nothing is marked before the learner says so.
    expect(store.getState().progress.states).toEqual({});
    const known = within(screen.getByRole('group', { name: /Probably known/ })).getAllByRole('checkbox');
    const notYet = within(screen.getByRole('group', { name: /Probably not yet/ })).getAllByRole('checkbox');
    expect(known.length + notYet.length).toBe(10);
    expect(known.every((box) => (box as HTMLInputElement).checked)).toBe(true);
    expect(notYet.some((box) => (box as HTMLInputElement).checked)).toBe(false);
    expect(within(form).getByText(/you answered it right/)).toBeTruthy();
    expect(within(form).getByText(/you answered it wrongly/)).toBeTruthy();

    // Change it: untick one it thinks known, tick one it does not.
    await user.click(known[0]!);
    await user.click(notYet[0]!);
    const ticked = [...known.slice(1), notYet[0]!].map((box) => box.closest('label')!.textContent!.trim());
    await user.click(screen.getByRole('button', { name: `Mark ${ticked.length} as known` }));

    const state = store.getState();
    const marked = Object.keys(state.progress.states).map((id) => placementIndex.concepts.find((c) => c.id === id)!.title);
    expect(marked.sort()).toEqual(ticked.sort());
    expect(Object.values(state.progress.states).every((s) => s === 'known')).toBe(true);
    expect(state.route).toEqual({ kind: 'plan', url: backpropPlan });
    expect(state.placementSession).toBeNull();
  });

  it('records the quiz through recordPlacement when the store has it', async () => {
    const { store, user } = renderApp(quizUrl, { index: placementIndex });
    const recordPlacement = vi.fn();
    act(() => store.setState({ recordPlacement } as never));
    await user.click(screen.getByRole('button', { name: 'Start' }));
    const id = asking();
    await answer(user, true);
    await user.click(screen.getByRole('button', { name: 'Stop and see what it found' }));
    const ticked = screen.getAllByRole<HTMLInputElement>('checkbox').filter((box) => box.checked).length;
    await user.click(screen.getByRole('button', { name: ticked > 0 ? `Mark ${ticked} as known` : 'Mark nothing and go back to the plan' }));
    expect(recordPlacement).toHaveBeenCalledTimes(1);
    const record = recordPlacement.mock.calls[0]![0];
    expect(record.planUrl).toBe(backpropPlan);
    expect(record.answers).toEqual([{ id, correct: true }]);
    expect(record.accepted).toHaveLength(ticked);
    expect(typeof record.at).toBe('string');
  });

  it('resumes a quiz after visiting another page in the same tab', async () => {
    const { store, user } = renderApp(quizUrl, { index: placementIndex });
    await user.click(screen.getByRole('button', { name: 'Start' }));
    await answer(user, true);
    const shown = asking();
    act(() => store.getState().navigate(backpropPlan));
    act(() => store.getState().navigate(quizUrl));
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('Question 2 (of at most 9)');
    expect(asking()).toBe(shown);
  });

  it('has nothing to ask when no concept of the plan has a multiple-choice check', () => {
    renderApp(quizUrl);
    expect(screen.getByText(/None of this plan’s 10 concepts has a multiple-choice question yet/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Start' })).toBeNull();
  });

  it('is offered on the plan page and, for the featured roadmap, on the home page', async () => {
    const { store } = renderApp(backpropPlan, { index: placementIndex });
    expect(screen.getByRole('link', { name: 'Check what you already know' }).getAttribute('href')).toBe(quizUrl);
    act(() => store.getState().navigate('/'));
    const card = screen.getByRole('link', { name: 'Deep learning from the bottom up' }).closest('.card')!;
    const link = within(card as HTMLElement).getByRole('link', { name: 'Check what you already know' });
    expect(link.getAttribute('href')).toMatch(/^\/check\/plan\/v1\//);
  });
});
