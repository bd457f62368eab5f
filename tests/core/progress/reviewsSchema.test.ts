import { describe, expect, it } from 'vitest';
import type { PlacementRecord, Progress, ReviewCard } from '../../../src/core/progress';
import {
  addPlacement,
  clearProgress,
  emptyProgress,
  exportProgress,
  mergeProgress,
  parseImport,
  readProgress,
  reconcileProgress,
  setReview,
} from '../../../src/core/progress';

const T0 = '2025-01-01T00:00:00.000Z';
const T1 = '2025-01-02T00:00:00.000Z';
const T2 = '2025-01-03T00:00:00.000Z';

const card = (due: string, lastReview = T0): ReviewCard => ({
  due,
  stability: 2.3,
  difficulty: 2.1,
  scheduledDays: 3,
  learningSteps: 0,
  reps: 1,
  lapses: 0,
  state: 'review',
  lastReview,
  lastGrade: 'good',
});
const placement = (at: string, planUrl = '/plan/v1/a'): PlacementRecord => ({
  planUrl,
  at,
  answers: [{ id: 'vectors', correct: true }],
  accepted: ['vectors'],
});
const base: Progress = { ...emptyProgress(T0), states: { vectors: 'known' }, changedAt: { vectors: T0 } };

describe('progress v3: reviews and placement records', () => {
  it('drops a malformed review entry or placement record on its own, keeping the rest', () => {
    const stored = {
      ...base,
      reviews: {
        vectors: { card: card(T1), changedAt: T0 },
        matrices: { card: { ...card(T1), stability: 'high' }, changedAt: T0 },
        'Not An Id': { card: card(T1), changedAt: T0 },
        gone: { card: null, changedAt: T0 },
        broken: { card: card('not a time'), changedAt: T0 },
      },
      placements: [placement(T0), { ...placement(T1), answers: [{ id: 'x', correct: 'yes' }] }, 'junk'],
    };
    const read = readProgress(JSON.stringify(stored), T2);
    expect(read.kind).toBe('ok');
    if (read.kind !== 'ok') return;
    expect(read.progress.states).toEqual({ vectors: 'known' });
    expect(read.progress.reviews).toEqual({ vectors: { card: card(T1), changedAt: T0 }, gone: { card: null, changedAt: T0 } });
    expect(read.progress.placements).toEqual([placement(T0)]);
  });

  it('merges tabs review by review, the later change winning, a dropped schedule included', () => {
    const mine = setReview(setReview(base, 'vectors', card(T2, T1), T1), 'matrices', card(T1), T0);
    const theirs = setReview(setReview(base, 'vectors', card(T1), T0), 'matrices', null, T0);
    const dropped = setReview(theirs, 'matrices', card(T1), T0);
    const droppedLater = setReview(dropped, 'matrices', null, T2);
    const merged = reconcileProgress(mine, droppedLater);
    expect(merged.progress.reviews.vectors).toEqual({ card: card(T2, T1), changedAt: T1 });
    expect(merged.progress.reviews.matrices).toEqual({ card: null, changedAt: T2 });
    expect(merged).toMatchObject({ mineChanged: true, theirsStale: true });
    // Symmetric: the other tab reaches the same value.
    expect(reconcileProgress(droppedLater, mine).progress.reviews).toEqual(merged.progress.reviews);
  });

  it('merges placement records as a set, and a reset keeps older copies from bringing them back', () => {
    const mine = addPlacement(base, placement(T0));
    const theirs = addPlacement(addPlacement(base, placement(T0)), placement(T1, '/plan/v1/b'));
    const merged = reconcileProgress(mine, theirs).progress;
    expect(merged.placements.map((p) => p.at)).toEqual([T0, T1]);
    expect(reconcileProgress(theirs, merged)).toMatchObject({ mineChanged: false, theirsStale: false });

    const reset = clearProgress(merged, T2);
    const afterReset = reconcileProgress(reset, theirs).progress;
    expect(afterReset.placements).toEqual([]);
    expect(afterReset.reviews).toEqual({});
    expect(afterReset.placementsClearedAt).toBe(T2);
  });

  it('a reset drops every review schedule, and an older copy in another tab cannot bring one back', () => {
    const scheduled = setReview(base, 'vectors', card(T1), T0);
    const reset = clearProgress(scheduled, T1);
    expect(reset.reviews).toEqual({ vectors: { card: null, changedAt: T1 } });
    expect(reconcileProgress(reset, scheduled).progress.reviews.vectors?.card).toBeNull();
  });

  it('exports live schedules and placement records, and an import after a reset brings them back', () => {
    const progress = addPlacement(setReview(setReview(base, 'vectors', card(T1), T0), 'gone', null, T0), placement(T0));
    const exported = exportProgress(progress, T1);
    expect(exported.reviews).toEqual({ vectors: { card: card(T1), changedAt: T0 } });
    expect(exported.placements).toEqual([placement(T0)]);

    const read = parseImport(JSON.stringify(exported), T1);
    expect(read.kind === 'ok' && read.progress.reviews).toEqual(exported.reviews);
    if (read.kind !== 'ok') return;
    const reset = clearProgress(progress, T1);
    const imported = mergeProgress(reset, read.progress, T2);
    expect(imported).toMatchObject({ reviewsAdded: 1, placementsAdded: 1 });
    // What the import added survives a merge with the reset value another tab still holds.
    const synced = reconcileProgress(reset, imported.progress).progress;
    expect(synced.reviews.vectors).toEqual({ card: card(T1), changedAt: T2 });
    expect(synced.placements.map((p) => p.at)).toEqual([T0]);
  });

  it('an import keeps the schedule reviewed later', () => {
    const mine = setReview(base, 'vectors', card(T2, T1), T1);
    const older = setReview(base, 'vectors', card(T1, T0), T0);
    expect(mergeProgress(mine, older, T2)).toMatchObject({ reviewsAdded: 0, progress: mine });
    expect(mergeProgress(older, mine, T2).progress.reviews.vectors).toEqual({ card: card(T2, T1), changedAt: T2 });
  });
});
