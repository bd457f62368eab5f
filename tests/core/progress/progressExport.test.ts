import { describe, expect, it } from 'vitest';
import { exportProgress, parseImport } from '../../../src/core/progress/progressExport';
import type { Progress } from '../../../src/core/progress/Progress';

const NOW = '2025-03-01T00:00:00.000Z';
const progress: Progress = {
  version: 3,
  states: { vectors: 'known' },
  changedAt: { vectors: NOW },
  plans: [{ url: '/plan/v1/a', title: 'A', savedAt: NOW }],
  removedPlans: {},
  reviews: {},
  placements: [],
  updatedAt: NOW,
};

describe('exportProgress and parseImport', () => {
  it('round-trip through JSON', () => {
    const text = JSON.stringify(exportProgress(progress, NOW));
    expect(JSON.parse(text)).toMatchObject({ format: 'roadmaps-progress', version: 3, exportedAt: NOW });
    expect(parseImport(text, NOW)).toEqual({ kind: 'ok', progress });
  });

  it('leaves what was cleared or removed out of the export', () => {
    const cleared = { ...progress, changedAt: { vectors: NOW, gone: NOW }, removedPlans: { '/plan/v1/b': NOW } };
    const exported = exportProgress(cleared, NOW);
    expect(exported.changedAt).toEqual({ vectors: NOW });
    expect(exported).not.toHaveProperty('removedPlans');
  });

  it('imports a raw stored value of any known version', () => {
    expect(parseImport(JSON.stringify(progress), NOW)).toEqual({ kind: 'ok', progress });
    const { changedAt: _changedAt, removedPlans: _removedPlans, ...v1 } = { ...progress, version: 1 };
    expect(parseImport(JSON.stringify(v1), NOW)).toEqual({ kind: 'ok', progress, migratedFrom: 1 });
    expect(parseImport('{"vectors":"learning"}', NOW)).toMatchObject({
      kind: 'ok',
      migratedFrom: 0,
      progress: { states: { vectors: 'learning' } },
    });
  });

  it('refuses other files with a reason', () => {
    expect(parseImport('not json', NOW)).toMatchObject({ kind: 'invalid', reason: expect.stringMatching(/not JSON/) });
    expect(parseImport('{"format":"something-else"}', NOW)).toMatchObject({
      kind: 'invalid',
      reason: expect.stringMatching(/something-else/),
    });
    expect(parseImport('{"format":"roadmaps-progress","version":1,"states":[]}', NOW).kind).toBe('invalid');
  });
});
