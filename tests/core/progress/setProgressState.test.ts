import { describe, expect, it } from 'vitest';
import { setProgressState } from '../../../src/core/progress/setProgressState';
import { resolveStates } from '../../../src/core/progress/resolveStates';
import { removePlan, savePlan } from '../../../src/core/progress/savePlan';
import { emptyProgress } from '../../../src/core/progress/Progress';

const T0 = '2025-01-01T00:00:00.000Z';
const T1 = '2025-01-02T00:00:00.000Z';

describe('setProgressState', () => {
  it('sets, replaces and clears a state, moving the update time', () => {
    let p = setProgressState(emptyProgress(T0), ['a'], 'learning', T1);
    expect(p.states).toEqual({ a: 'learning' });
    expect(p.updatedAt).toBe(T1);
    p = setProgressState(p, ['a'], 'known', T1);
    expect(p.states).toEqual({ a: 'known' });
    p = setProgressState(p, ['a'], null, T1);
    expect(p.states).toEqual({});
  });

  it('records when each key changed, a cleared one included', () => {
    const p = setProgressState(emptyProgress(T0), ['a'], 'known', T0);
    expect(setProgressState(p, ['a', 'old-a'], null, T1).changedAt).toEqual({ a: T1, 'old-a': T1 });
  });

  it('drops entries stored under an alias and stores under the current id', () => {
    const p = { ...emptyProgress(T0), states: { 'old-name': 'known' as const, other: 'learning' as const } };
    expect(setProgressState(p, ['new-name', 'old-name'], null, T1).states).toEqual({ other: 'learning' });
    expect(setProgressState(p, ['new-name', 'old-name'], 'learning', T1).states).toEqual({ other: 'learning', 'new-name': 'learning' });
  });
});

describe('resolveStates', () => {
  const resolve = (key: string) => ({ 'old-name': 'new-name', 'new-name': 'new-name' })[key];

  it('follows aliases and keeps ids it cannot resolve', () => {
    expect(resolveStates({ 'old-name': 'known', gone: 'learning' }, resolve)).toEqual(
      new Map([
        ['new-name', 'known'],
        ['gone', 'learning'],
      ]),
    );
  });

  it('prefers the state stored under the current id', () => {
    expect(resolveStates({ 'new-name': 'learning', 'old-name': 'known' }, resolve).get('new-name')).toBe('learning');
    expect(resolveStates({ 'old-name': 'known', 'new-name': 'learning' }, resolve).get('new-name')).toBe('learning');
  });
});

describe('savePlan and removePlan', () => {
  it('adds, renames in place and removes by URL', () => {
    let p = savePlan(emptyProgress(T0), { url: '/plan/v1/a', title: 'A', savedAt: T1 });
    p = savePlan(p, { url: '/plan/v1/b', title: 'B', savedAt: T1 });
    p = savePlan(p, { url: '/plan/v1/a', title: 'A again', savedAt: T1 });
    expect(p.plans.map((x) => x.title)).toEqual(['A again', 'B']);
    p = removePlan(p, '/plan/v1/a', T1);
    expect(p.plans.map((x) => x.url)).toEqual(['/plan/v1/b']);
    expect(removePlan(p, '/plan/v1/zzz', T1)).toBe(p);
  });

  it('remembers when a plan was removed until it is saved again', () => {
    const T2 = '2025-01-03T00:00:00.000Z';
    let p = savePlan(emptyProgress(T0), { url: '/plan/v1/a', title: 'A', savedAt: T0 });
    p = removePlan(p, '/plan/v1/a', T1);
    expect(p.removedPlans).toEqual({ '/plan/v1/a': T1 });
    p = savePlan(p, { url: '/plan/v1/a', title: 'A', savedAt: T2 });
    expect(p.removedPlans).toEqual({});
    expect(savePlan(p, { url: '/plan/v1/a', title: 'A again', savedAt: T2 }).plans).toEqual([
      { url: '/plan/v1/a', title: 'A again', savedAt: T2 },
    ]);
  });
});
