// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { act, screen, within } from '@testing-library/react';
import { fixtureIndex, type TestIndex } from '../fixtures/fixtureIndex';
import { renderApp } from '../renderApp';

const DAY = 86_400_000;

/** The fixture content with check questions on vectors. */
const index: TestIndex = {
  ...fixtureIndex,
  concepts: fixtureIndex.concepts.map((c) =>
    c.id === 'vectors'
      ? {
          ...c,
          checks: [
            { kind: 'choice', question: 'What is (1, 2) + (3, 4)?', choices: ['(4, 6)', '(3, 8)'], correct: 0 },
            { kind: 'recall', question: 'What does scaling a vector by 2 do?', answer: 'Doubles its length.' },
            { kind: 'recall', question: 'Unused third question', answer: 'x' },
          ],
        }
      : c,
  ),
};

function movableClock(start = Date.parse('2025-05-01T12:00:00.000Z')) {
  let t = start;
  return { now: () => new Date((t += 1000)).toISOString(), advance: (days: number) => void (t += days * DAY) };
}

describe('ReviewPage', () => {
  it('says when nothing is due, and shows no count in the header', () => {
    const clock = movableClock();
    const { store } = renderApp('/review', { index, now: clock.now });
    expect(screen.getByRole('heading', { level: 1, name: 'Review' })).toBeTruthy();
    expect(screen.getByText('Nothing is due for review.')).toBeTruthy();
    expect(within(screen.getByRole('navigation', { name: 'Main' })).getByRole('link', { name: 'Review' })).toBeTruthy();
    act(() => store.getState().mark('vectors', 'known'));
    expect(document.querySelector('.review-page .lead')?.textContent).toBe('Nothing is due for review. The next review is due in 3 days.');
  });

  it('reviews a due concept with two of its questions, then says when it is next due', async () => {
    const clock = movableClock();
    const { store, user } = renderApp('/', { index, now: clock.now });
    store.getState().mark('vectors', 'known');
    clock.advance(4);
    act(() => store.getState().tick());
    // The header shows the count only now that something is due.
    const nav = screen.getByRole('navigation', { name: 'Main' });
    expect(within(nav).getByRole('link', { name: 'Review 1 due' })).toBeTruthy();

    await user.click(within(nav).getByRole('link', { name: /Review/ }));
    expect(screen.getByText('1 concept due for review.')).toBeTruthy();
    expect(screen.getByRole('heading', { level: 2, name: /^Vectors/ })).toBeTruthy();
    expect(screen.queryByText('Unused third question')).toBeNull();

    await user.click(screen.getByRole('radio', { name: '(4, 6)' }));
    await user.click(screen.getByRole('button', { name: 'Check' }));
    await user.click(screen.getByRole('button', { name: 'Show the answer' }));
    await user.click(screen.getByRole('button', { name: 'I remembered it' }));

    expect(screen.getByText('Reviewed.').parentElement?.textContent).toMatch(/Next review in \d+ days\./);
    expect(store.getState().progress.reviews.vectors?.card?.reps).toBe(2);
    expect(within(nav).getByRole('link', { name: 'Review' })).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Next' }));
    expect(document.querySelector('.review-page .lead')?.textContent).toMatch(
      /^Nothing is due for review\. The next review is due in \d+ days\.$/,
    );
  });

  it('a failed review says the concept is back to learning', async () => {
    const clock = movableClock();
    const { store, user } = renderApp('/', { index, now: clock.now });
    store.getState().mark('vectors', 'known');
    clock.advance(4);
    act(() => store.getState().navigate('/review'));
    await user.click(await screen.findByRole('radio', { name: '(3, 8)' }));
    await user.click(screen.getByRole('button', { name: 'Check' }));
    await user.click(screen.getByRole('button', { name: 'Show the answer' }));
    await user.click(screen.getByRole('button', { name: 'I remembered it' }));
    expect(screen.getByText('Not this time.').parentElement?.textContent).toMatch(/back to learning/);
    expect(store.getState().progress.states.vectors).toBe('learning');
  });

  it('offers to schedule concepts known from before reviews existed', async () => {
    localStorage.setItem(
      'roadmaps.progress',
      JSON.stringify({ version: 2, states: { matrices: 'known' }, changedAt: {}, plans: [], updatedAt: '2025-01-01T00:00:00.000Z' }),
    );
    const { store, user } = renderApp('/review', { index, keepStorage: true });
    expect(screen.getByText(/1 concept you marked known before reviews existed has no review schedule/)).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Schedule it for review' }));
    expect(store.getState().progress.reviews.matrices?.card).not.toBeNull();
    expect(screen.queryByRole('button', { name: 'Schedule it for review' })).toBeNull();
  });
});
