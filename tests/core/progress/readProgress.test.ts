import { describe, expect, it } from 'vitest';
import { readProgress } from '../../../src/core/progress/readProgress';
import { PROGRESS_VERSION } from '../../../src/core/progress/Progress';

const NOW = '2025-01-02T03:04:05.000Z';
const v1 = {
  version: 1,
  states: { vectors: 'known', 'chain-rule': 'learning' },
  plans: [{ url: '/plan/v1/x', title: 'Mine', savedAt: NOW }],
  updatedAt: NOW,
};

describe('readProgress', () => {
  it('treats nothing stored as empty, not invalid', () => {
    expect(readProgress(null, NOW)).toEqual({ kind: 'empty' });
  });

  it('reads the current schema unchanged', () => {
    expect(readProgress(JSON.stringify(v1), NOW)).toEqual({ kind: 'ok', progress: v1 });
  });

  it('keeps states of ids the content does not have', () => {
    const result = readProgress(JSON.stringify({ ...v1, states: { 'gone-concept': 'known' } }), NOW);
    expect(result.kind === 'ok' && result.progress.states).toEqual({ 'gone-concept': 'known' });
  });

  it('migrates version 0 (a plain id → state map)', () => {
    const result = readProgress(JSON.stringify({ vectors: 'known', matrices: 'learning' }), NOW);
    expect(result).toEqual({
      kind: 'ok',
      migratedFrom: 0,
      progress: { version: PROGRESS_VERSION, states: { vectors: 'known', matrices: 'learning' }, plans: [], updatedAt: NOW },
    });
  });

  it('fills in a missing plan list', () => {
    const { plans: _plans, ...noPlans } = v1;
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
    ['a newer schema', JSON.stringify({ ...v1, version: 7 }), /newer version/],
    ['an unknown older schema', JSON.stringify({ ...v1, version: -1 }), /expected version 1/],
  ])('refuses %s with a reason', (_name, raw, reason) => {
    const result = readProgress(raw, NOW);
    expect(result.kind).toBe('invalid');
    expect(result.kind === 'invalid' && result.reason).toMatch(reason);
  });

  it('refuses an oversized value without parsing it', () => {
    expect(readProgress(' '.repeat(10_000_001), NOW).kind).toBe('invalid');
  });
});
