import { describe, expect, it } from 'vitest';
import { readProgress } from '../../../src/core/progress/readProgress';
import { PROGRESS_VERSION } from '../../../src/core/progress/Progress';

const NOW = '2025-01-02T03:04:05.000Z';
const EARLIER = '2025-01-01T00:00:00.000Z';
const v2 = {
  version: 2,
  states: { vectors: 'known', 'chain-rule': 'learning' },
  changedAt: { vectors: EARLIER, 'chain-rule': NOW, matrices: NOW },
  plans: [{ url: '/plan/v1/x', title: 'Mine', savedAt: NOW }],
  removedPlans: { '/plan/v1/y': NOW },
  updatedAt: NOW,
};
const v1 = {
  version: 1,
  states: { vectors: 'known', 'chain-rule': 'learning' },
  plans: [{ url: '/plan/v1/x', title: 'Mine', savedAt: NOW }],
  updatedAt: EARLIER,
};

describe('readProgress', () => {
  it('treats nothing stored as empty, not invalid', () => {
    expect(readProgress(null, NOW)).toEqual({ kind: 'empty' });
  });

  it('migrates version 2 with nothing lost: no reviews, no placement records', () => {
    expect(readProgress(JSON.stringify(v2), NOW)).toEqual({
      kind: 'ok',
      migratedFrom: 2,
      progress: { ...v2, version: PROGRESS_VERSION, reviews: {}, placements: [] },
    });
  });

  it('reads the current schema unchanged', () => {
    const v3 = { ...v2, version: 3, reviews: {}, placements: [] };
    expect(readProgress(JSON.stringify(v3), NOW)).toEqual({ kind: 'ok', progress: v3 });
  });

  it('migrates version 1: every state counts as changed at its update time', () => {
    expect(readProgress(JSON.stringify(v1), NOW)).toEqual({
      kind: 'ok',
      migratedFrom: 1,
      progress: {
        ...v1,
        version: PROGRESS_VERSION,
        changedAt: { vectors: EARLIER, 'chain-rule': EARLIER },
        removedPlans: {},
        reviews: {},
        placements: [],
      },
    });
  });

  it('gives a state stored without a time of its own the update time', () => {
    const result = readProgress(JSON.stringify({ ...v2, changedAt: undefined, removedPlans: undefined }), NOW);
    expect(result.kind === 'ok' && result.progress).toMatchObject({ changedAt: { vectors: NOW, 'chain-rule': NOW }, removedPlans: {} });
  });

  it('keeps states of ids the content does not have', () => {
    const result = readProgress(JSON.stringify({ ...v2, states: { 'gone-concept': 'known' } }), NOW);
    expect(result.kind === 'ok' && result.progress.states).toEqual({ 'gone-concept': 'known' });
  });

  it('migrates version 0 (a plain id → state map)', () => {
    const result = readProgress(JSON.stringify({ vectors: 'known', matrices: 'learning' }), NOW);
    expect(result).toEqual({
      kind: 'ok',
      migratedFrom: 0,
      progress: {
        version: PROGRESS_VERSION,
        states: { vectors: 'known', matrices: 'learning' },
        changedAt: { vectors: NOW, matrices: NOW },
        plans: [],
        removedPlans: {},
        reviews: {},
        placements: [],
        updatedAt: NOW,
      },
    });
  });

  it('fills in a missing plan list', () => {
    const { plans: _plans, ...noPlans } = v2;
    const result = readProgress(JSON.stringify(noPlans), NOW);
    expect(result.kind === 'ok' && result.progress.plans).toEqual([]);
  });

  it.each([
    ['not JSON', '{oops', /not JSON/],
    ['a number', '42', /expected an object/],
    ['a list', '[1,2]', /expected an object/],
    ['JSON null', 'null', /expected an object/],
    ['a foreign object', JSON.stringify({ theme: 'dark' }), /expected `known` or `learning`/],
    ['a bad state', JSON.stringify({ ...v1, states: { vectors: 'mastered' } }), /found `mastered`/],
    ['a bad key', JSON.stringify({ ...v1, states: { 'Not An Id': 'known' } }), /concept ids as keys/],
    ['a __proto__ key', '{"version":1,"states":{"__proto__":"known"},"plans":[],"updatedAt":"x"}', /concept ids as keys/],
    ['a bad plan', JSON.stringify({ ...v1, plans: [{ url: 'https://evil.example', title: 't', savedAt: NOW }] }), /url/],
    ['no update time', JSON.stringify({ ...v1, updatedAt: 5 }), /updatedAt/],
    ['a bad change time', JSON.stringify({ ...v2, changedAt: { vectors: 5 } }), /time for `vectors`/],
    ['a bad key among change times', JSON.stringify({ ...v2, changedAt: { 'Not An Id': NOW } }), /valid keys/],
    ['a removed plan that is not a plan', JSON.stringify({ ...v2, removedPlans: { 'https://x.example': NOW } }), /valid keys/],
    ['a version 1 value with a bad state', JSON.stringify({ ...v1, states: { vectors: 'mastered' } }), /found `mastered`/],
    ['a newer schema', JSON.stringify({ ...v2, version: 7 }), /newer version/],
    ['an unknown older schema', JSON.stringify({ ...v2, version: -1 }), /expected version 3/],
  ])('refuses %s with a reason', (_name, raw, reason) => {
    const result = readProgress(raw, NOW);
    expect(result.kind).toBe('invalid');
    expect(result.kind === 'invalid' && result.reason).toMatch(reason);
  });

  it('refuses an oversized value without parsing it', () => {
    expect(readProgress(' '.repeat(10_000_001), NOW).kind).toBe('invalid');
  });
});
