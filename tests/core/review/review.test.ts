import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Progress, ReviewCard } from '../../../src/core/progress';
import { emptyProgress } from '../../../src/core/progress';
import {
  applyReview,
  dueConcepts,
  gradeReview,
  IMPLICIT_WINDOW_DAYS,
  implicitReview,
  reviewQuestions,
  scheduleKnown,
  scheduleReview,
} from '../../../src/core/review';

const T0 = '2025-01-01T00:00:00.000Z';
const DAY = 86_400_000;
const at = (days: number) => new Date(Date.parse(T0) + days * DAY).toISOString();

/** Progress where each id is known and scheduled as if marked known at `T0`. */
function knownAt(ids: readonly string[], start = T0): Progress {
  let progress: Progress = { ...emptyProgress(start), states: Object.fromEntries(ids.map((id) => [id, 'known' as const])) };
  for (const id of ids) progress = scheduleKnown(progress, id, start);
  return progress;
}

const cardOf = (progress: Progress, id: string): ReviewCard => {
  const card = progress.reviews[id]?.card;
  if (!card) throw new Error(`no card for ${id}`);
  return card;
};

describe('gradeReview', () => {
  it('passes a review only when every answer is right, and fails it on any wrong one', () => {
    expect(gradeReview([{ correct: true }, { correct: true }])).toBe('good');
    expect(gradeReview([{ correct: true }, { correct: false }])).toBe('again');
    expect(gradeReview([{ correct: false }])).toBe('again');
    expect(gradeReview([])).toBeNull();
  });
});

describe('scheduleKnown and scheduleReview', () => {
  it('puts a concept marked known on the schedule a few days out, and keeps an existing schedule', () => {
    const progress = knownAt(['a']);
    const card = cardOf(progress, 'a');
    expect(card).toMatchObject({ reps: 1, lastGrade: 'good', lastReview: T0 });
    expect(Date.parse(card.due)).toBeGreaterThan(Date.parse(T0) + DAY);
    expect(scheduleKnown(progress, 'a', at(1))).toBe(progress);
  });

  it('moves a passed review further out than the last interval, and a failed one to within days', () => {
    const first = cardOf(knownAt(['a']), 'a');
    const passed = scheduleReview(first, 'good', first.due);
    const failed = scheduleReview(first, 'again', first.due);
    const interval = Date.parse(first.due) - Date.parse(T0);
    expect(Date.parse(passed.due) - Date.parse(first.due)).toBeGreaterThan(interval);
    expect(failed).toMatchObject({ lastGrade: 'again', lapses: 1 });
    expect(Date.parse(failed.due) - Date.parse(first.due)).toBeLessThanOrEqual(2 * DAY);
  });
});

describe('dueConcepts', () => {
  it('lists known concepts whose review is due, most overdue first, and nothing else', () => {
    let progress = knownAt(['b']);
    progress = { ...progress, states: { ...progress.states, a: 'known', c: 'learning' } };
    progress = scheduleKnown(progress, 'a', at(-5));
    progress = scheduleKnown(progress, 'c', T0);
    expect(dueConcepts(progress, T0).map((r) => r.id)).toEqual(['a']);
    expect(dueConcepts(progress, at(30)).map((r) => r.id)).toEqual(['a', 'b']);
  });
});

describe('applyReview', () => {
  it('fails a review into learning, so plans include the concept again', () => {
    const progress = knownAt(['a']);
    const result = applyReview(progress, ['a'], [], [{ correct: false }], at(3));
    expect(result?.grade).toBe('again');
    expect(result?.progress.states.a).toBe('learning');
    expect(dueConcepts(result!.progress, at(30))).toEqual([]);
  });

  it('relearning: marking a failed concept known again schedules it as a passed review', () => {
    const failed = applyReview(knownAt(['a']), ['a'], [], [{ correct: false }], at(3))!.progress;
    const again = scheduleKnown({ ...failed, states: { a: 'known' } }, 'a', at(5));
    expect(cardOf(again, 'a')).toMatchObject({ lastGrade: 'good', lastReview: at(5), lapses: 1 });
  });
});

describe('implicit repetition', () => {
  it('credits a known prerequisite that is due soon, moving its review later', () => {
    const progress = knownAt(['p', 'x']);
    const before = cardOf(progress, 'p');
    const now = before.due;
    const result = applyReview(progress, ['x'], ['p'], [{ correct: true }, { correct: true }], now)!;
    expect(result.credited).toEqual(['p']);
    const after = cardOf(result.progress, 'p');
    expect(Date.parse(after.due)).toBeGreaterThan(Date.parse(before.due));
    expect(after).toMatchObject({ lastGrade: 'hard', reps: before.reps + 1 });
    // A direct review of the prerequisite would have moved it further: this is partial credit.
    expect(Date.parse(scheduleReview(before, 'good', now).due)).toBeGreaterThan(Date.parse(after.due));
  });

  it('gives no credit for a failed review, to a prerequisite far from due, unknown, or unscheduled', () => {
    const progress = knownAt(['p', 'x', 'q']);
    const failed = applyReview(progress, ['x'], ['p'], [{ correct: false }], cardOf(progress, 'p').due)!;
    expect(failed.credited).toEqual([]);
    expect(failed.progress.reviews.p).toEqual(progress.reviews.p);

    const far = scheduleReview(cardOf(progress, 'p'), 'easy', at(3));
    const farAway = { ...progress, reviews: { ...progress.reviews, p: { card: far, changedAt: at(3) } } };
    const early = at(4);
    expect(Date.parse(far.due) - Date.parse(early)).toBeGreaterThan(IMPLICIT_WINDOW_DAYS * DAY);
    expect(applyReview(farAway, ['x'], ['p'], [{ correct: true }], early)!.credited).toEqual([]);

    const unknown = { ...progress, states: { ...progress.states, q: 'learning' as const } };
    expect(applyReview(unknown, ['x'], ['q', 'nowhere'], [{ correct: true }], at(3))!.credited).toEqual([]);
  });

  it('never makes a prerequisite due sooner', () => {
    const first = cardOf(knownAt(['p']), 'p');
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('again' as const, 'hard' as const, 'good' as const, 'easy' as const), { maxLength: 6 }),
        fc.integer({ min: 0, max: 400 }),
        fc.integer({ min: -30, max: 30 }),
        (grades, start, offset) => {
          let card = first;
          let now = Date.parse(T0) + start * DAY;
          for (const grade of grades) {
            now = Math.max(now, Date.parse(card.due));
            card = scheduleReview(card, grade, new Date(now).toISOString());
          }
          const reviewAt = new Date(Math.max(Date.parse(card.lastReview), Date.parse(card.due) + offset * DAY)).toISOString();
          const credit = implicitReview(card, reviewAt);
          if (credit !== null) expect(Date.parse(credit.due)).toBeGreaterThan(Date.parse(card.due));
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('reviewQuestions', () => {
  it('asks up to two questions, rotating through them from one review to the next', () => {
    expect(reviewQuestions(0, 3)).toEqual([]);
    expect(reviewQuestions(1, 3)).toEqual([0]);
    expect(reviewQuestions(3, 0)).toEqual([0, 1]);
    expect(reviewQuestions(3, 1)).toEqual([2, 0]);
    expect(reviewQuestions(3, 2)).toEqual([1, 2]);
  });
});
