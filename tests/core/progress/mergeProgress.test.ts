import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { mergeProgress } from '../../../src/core/progress/mergeProgress';
import type { Progress, ProgressState } from '../../../src/core/progress/Progress';

const T0 = '2025-01-01T00:00:00.000Z';
const T1 = '2025-02-01T00:00:00.000Z';
const progress = (states: Record<string, ProgressState>, urls: string[] = []): Progress => ({
  version: 3,
  states,
  changedAt: Object.fromEntries(Object.keys(states).map((id) => [id, T0])),
  plans: urls.map((url) => ({ url, title: url, savedAt: T0 })),
  removedPlans: {},
  reviews: {},
  placements: [],
  updatedAt: T0,
});

describe('mergeProgress', () => {
  it('adds new states and plans and counts them', () => {
    const result = mergeProgress(progress({ a: 'known' }, ['/plan/1']), progress({ b: 'learning' }, ['/plan/1', '/plan/2']), T1);
    expect(result.progress.states).toEqual({ a: 'known', b: 'learning' });
    expect(result.progress.plans.map((p) => p.url)).toEqual(['/plan/1', '/plan/2']);
    expect(result).toMatchObject({ added: 1, upgraded: 0, plansAdded: 1 });
    expect(result.progress.updatedAt).toBe(T1);
  });

  it('lets known beat learning in either direction', () => {
    const result = mergeProgress(progress({ a: 'learning', b: 'known' }), progress({ a: 'known', b: 'learning' }), T1);
    expect(result.progress.states).toEqual({ a: 'known', b: 'known' });
    expect(result.upgraded).toBe(1);
  });

  it('counts what it adds as changed now, so it beats a removal remembered earlier', () => {
    const current = { ...progress({ a: 'learning' }), changedAt: { a: T0, b: T0 }, removedPlans: { '/plan/2': T0 } };
    const result = mergeProgress(current, progress({ a: 'known', b: 'learning' }, ['/plan/2']), T1).progress;
    expect(result.changedAt).toEqual({ a: T1, b: T1 });
    expect(result.plans).toEqual([{ url: '/plan/2', title: '/plan/2', savedAt: T1 }]);
    expect(result.removedPlans).toEqual({});
  });

  it('changes nothing, not even the time, when the import adds nothing', () => {
    const current = progress({ a: 'known' });
    const result = mergeProgress(current, progress({ a: 'learning' }), T1);
    expect(result.progress).toBe(current);
  });

  it('never loses a state either side had', () => {
    const states = fc.dictionary(fc.stringMatching(/^[a-z]{1,4}$/), fc.constantFrom<ProgressState>('known', 'learning'));
    fc.assert(
      fc.property(states, states, (mine, theirs) => {
        const merged = mergeProgress(progress(mine), progress(theirs), T1).progress.states;
        for (const [id, state] of [...Object.entries(mine), ...Object.entries(theirs)]) {
          expect(merged[id]).toBeDefined();
          if (state === 'known') expect(merged[id]).toBe('known');
        }
        expect(Object.keys(merged).length).toBe(new Set([...Object.keys(mine), ...Object.keys(theirs)]).size);
      }),
    );
  });
});
