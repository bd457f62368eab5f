// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { PROGRESS_KEY } from '../../src/store/loadProgress';
import { selectDueCount, selectReviewQueue } from '../../src/store/selectors/selectReviewQueue';
import { selectPlanView } from '../../src/store/selectors/selectPlanView';
import { makeStore } from './storeFixture';

beforeEach(() => localStorage.clear());

const DAY = 86_400_000;

/** A clock the test moves: each reading is one second after the last, plus any jump. */
function movableClock(start = Date.parse('2025-05-01T12:00:00.000Z')) {
  let t = start;
  return {
    now: () => new Date((t += 1000)).toISOString(),
    advance: (days: number) => {
      t += days * DAY;
    },
  };
}

const stored = () => JSON.parse(localStorage.getItem(PROGRESS_KEY) ?? 'null');

describe('review actions', () => {
  it('schedules a concept marked known, and shows it due once its time comes', () => {
    const clock = movableClock();
    const store = makeStore({ now: clock.now });
    store.getState().mark('vectors', 'known');
    expect(stored().reviews.vectors.card).toMatchObject({ reps: 1, lastGrade: 'good' });
    expect(selectDueCount(store.getState())).toBe(0);
    expect(selectReviewQueue(store.getState()).next).not.toBeNull();

    clock.advance(10);
    store.getState().tick();
    expect(selectReviewQueue(store.getState()).due).toMatchObject([{ id: 'vectors', title: 'Vectors' }]);
    expect(selectDueCount(store.getState())).toBe(1);
  });

  it('unmarking drops the schedule, and so does undoing a mark', () => {
    const store = makeStore();
    store.getState().mark('vectors', 'known');
    store.getState().mark('vectors', null);
    expect(stored().reviews.vectors.card).toBeNull();
    store.getState().mark('matrices', 'known');
    store.getState().undo();
    expect(stored().reviews.matrices.card).toBeNull();
  });

  it('a passed review schedules the next one later and credits prerequisites due soon', () => {
    const clock = movableClock();
    const store = makeStore({ now: clock.now });
    store.getState().mark('vectors', 'known');
    store.getState().mark('matrices', 'known');
    const vectorsDue = stored().reviews.vectors.card.due;
    clock.advance(4);
    store.getState().tick();
    expect(selectReviewQueue(store.getState()).due.map((r) => r.id)).toEqual(['vectors', 'matrices']);

    const result = store.getState().recordReview('matrices', { answers: [{ correct: true }, { correct: true }] });
    expect(result?.grade).toBe('good');
    expect(Date.parse(result!.due) - Date.parse(store.getState().clock)).toBeGreaterThan(7 * DAY);
    // Matrices exercised vectors: vectors' review moved later too, so neither is due now.
    expect(Date.parse(stored().reviews.vectors.card.due)).toBeGreaterThan(Date.parse(vectorsDue));
    expect(stored().reviews.vectors.card.lastGrade).toBe('hard');
    expect(selectDueCount(store.getState())).toBe(0);
  });

  it('a failed review makes the concept learning again, and its plan says so', () => {
    const clock = movableClock();
    const store = makeStore({ now: clock.now });
    store.getState().mark('vectors', 'known');
    clock.advance(5);
    expect(store.getState().recordReview('vectors', { answers: [{ correct: false }] })?.grade).toBe('again');
    expect(store.getState().progress.states.vectors).toBe('learning');
    expect(selectDueCount(store.getState())).toBe(0);

    const view = selectPlanView(store.getState(), '/plan/v1/matrices');
    expect(view.ok && view.plan.steps.map((s) => s.id)).toContain('vectors');
    expect(view.ok && view.reviews.get('vectors')).toBe('failed');

    // Marked known again, it is relearned and back on the schedule.
    store.getState().mark('vectors', 'known');
    expect(stored().reviews.vectors.card.lastGrade).toBe('good');
    const again = selectPlanView(store.getState(), '/plan/v1/matrices');
    expect(again.ok && again.reviews.get('vectors')).toBeUndefined();
  });

  it('records a placement quiz, marking what it accepted known and scheduled', () => {
    const store = makeStore();
    const record = {
      planUrl: '/plan/v1/matrices',
      at: '2025-05-01T12:30:00.000Z',
      answers: [{ id: 'vectors', correct: true }],
      accepted: ['vectors'],
    };
    store.getState().recordPlacement(record);
    store.getState().recordPlacement(record);
    expect(stored().placements).toEqual([record]);
    expect(store.getState().progress.states.vectors).toBe('known');
    expect(stored().reviews.vectors.card).not.toBeNull();
  });

  it('leaves known concepts from before reviews unscheduled until the learner asks', () => {
    localStorage.setItem(
      PROGRESS_KEY,
      JSON.stringify({
        version: 2,
        states: { vectors: 'known', gone: 'known' },
        changedAt: {},
        plans: [],
        updatedAt: '2025-01-01T00:00:00.000Z',
      }),
    );
    const store = makeStore();
    expect(stored()).toMatchObject({ version: 3, states: { vectors: 'known', gone: 'known' }, reviews: {}, placements: [] });
    expect(selectReviewQueue(store.getState())).toEqual({ due: [], next: null, unscheduled: 1 });
    store.getState().scheduleKnownConcepts();
    expect(Object.keys(stored().reviews)).toEqual(['vectors']);
    expect(selectReviewQueue(store.getState()).unscheduled).toBe(0);
  });
});
