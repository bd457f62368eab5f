import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { clearProgress } from '../../../src/core/progress/clearProgress';
import { emptyProgress, type Progress, type ProgressState } from '../../../src/core/progress/Progress';
import { reconcileProgress } from '../../../src/core/progress/reconcileProgress';
import { removePlan, savePlan } from '../../../src/core/progress/savePlan';
import { setProgressState } from '../../../src/core/progress/setProgressState';

const at = (ms: number) => new Date(Date.UTC(2025, 0, 1) + ms).toISOString();
const T0 = at(0);
const mark = (p: Progress, id: string, state: ProgressState | null, ms: number) => setProgressState(p, [id], state, at(ms));
const plan = (url: string, title: string, ms: number) => ({ url, title, savedAt: at(ms) });

describe('reconcileProgress', () => {
  it('keeps marks both tabs made a millisecond apart, and says who needs what', () => {
    const base = mark(emptyProgress(T0), 'shared', 'known', 0);
    const mine = mark(base, 'vectors', 'known', 1000);
    const theirs = mark(base, 'matrices', 'known', 1001);
    const result = reconcileProgress(mine, theirs);
    expect(result.progress.states).toEqual({ shared: 'known', vectors: 'known', matrices: 'known' });
    expect(result).toMatchObject({ mineChanged: true, theirsStale: true });
    expect(result.progress.updatedAt).toBe(at(1001));
  });

  it('lets the later change to one concept win, a clearing included', () => {
    const known = mark(emptyProgress(T0), 'vectors', 'known', 1000);
    const clearedLater = mark(known, 'vectors', null, 2000);
    expect(reconcileProgress(known, clearedLater).progress.states).toEqual({});
    expect(reconcileProgress(clearedLater, known).progress.states).toEqual({});
    const markedAgain = mark(clearedLater, 'vectors', 'learning', 3000);
    expect(reconcileProgress(clearedLater, markedAgain).progress.states).toEqual({ vectors: 'learning' });
    expect(reconcileProgress(markedAgain, clearedLater).progress.states).toEqual({ vectors: 'learning' });
  });

  it('returns this tab\u2019s progress itself when nothing of the other wins', () => {
    const mine = mark(mark(emptyProgress(T0), 'vectors', 'known', 1000), 'matrices', 'known', 2000);
    const older = mark(emptyProgress(T0), 'vectors', 'known', 1000);
    const result = reconcileProgress(mine, older);
    expect(result).toEqual({ progress: mine, mineChanged: false, theirsStale: true });
    expect(reconcileProgress(mine, mine)).toEqual({ progress: mine, mineChanged: false, theirsStale: false });
  });

  it('does not let an older copy bring back what a reset cleared', () => {
    let before = mark(emptyProgress(T0), 'vectors', 'known', 1000);
    before = savePlan(before, plan('/plan/v1/a', 'A', 1000));
    const reset = clearProgress(before, at(2000));
    const result = reconcileProgress(reset, before);
    expect(result.progress).toMatchObject({ states: {}, plans: [] });
    expect(result.mineChanged).toBe(false);
  });

  it('merges saved plans by URL: the later save, rename or removal wins', () => {
    const a = savePlan(emptyProgress(T0), plan('/plan/v1/a', 'A', 1000));
    const removed = removePlan(a, '/plan/v1/a', at(2000));
    expect(reconcileProgress(a, removed).progress.plans).toEqual([]);
    expect(reconcileProgress(removed, a).progress.plans).toEqual([]);
    const renamed = savePlan(a, plan('/plan/v1/a', 'Renamed', 3000));
    expect(reconcileProgress(removed, renamed).progress.plans).toEqual([plan('/plan/v1/a', 'Renamed', 3000)]);
    const other = savePlan(emptyProgress(T0), plan('/plan/v1/b', 'B', 1001));
    expect(reconcileProgress(a, other).progress.plans.map((p) => p.url)).toEqual(['/plan/v1/a', '/plan/v1/b']);
  });

  it('treats a time not in the app\u2019s own format as older than any change', () => {
    const odd: Progress = { ...emptyProgress('x'), states: { vectors: 'learning' }, changedAt: { vectors: 'x' } };
    expect(reconcileProgress(odd, mark(odd, 'vectors', null, 0)).progress.states).toEqual({});
  });

  it('is symmetric and settles: both tabs end with the same progress and stop writing', () => {
    const change = fc.tuple(fc.constantFrom('a', 'b', 'c'), fc.constantFrom<ProgressState | null>('known', 'learning', null), fc.nat(5));
    fc.assert(
      fc.property(fc.array(change), fc.array(change), (mineChanges, theirChanges) => {
        const apply = (changes: typeof mineChanges) => changes.reduce((p, [id, state, ms]) => mark(p, id, state, ms), emptyProgress(T0));
        const mine = apply(mineChanges);
        const theirs = apply(theirChanges);
        const ab = reconcileProgress(mine, theirs).progress;
        const ba = reconcileProgress(theirs, mine).progress;
        expect(ab.states).toEqual(ba.states);
        expect(ab.changedAt).toEqual(ba.changedAt);
        expect(reconcileProgress(ab, ba)).toMatchObject({ mineChanged: false, theirsStale: false });
        // Every key ends as the latest change either side made to it.
        for (const id of ['a', 'b', 'c']) {
          const latest = [mine, theirs]
            .map((p) => p.changedAt[id] ?? '')
            .sort()
            .at(-1);
          expect(ab.changedAt[id] ?? '').toBe(latest);
        }
      }),
    );
  });
});
