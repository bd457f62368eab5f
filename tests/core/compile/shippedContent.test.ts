import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileFolder } from '../../../src/node/content/compileFolder';
import { formatDiagnostic } from '../../../src/core/diagnostics/formatDiagnostic';

const CONTENT = join(import.meta.dirname, '../../../content');
const hasConcepts = existsSync(join(CONTENT, 'concepts')) && readdirSync(join(CONTENT, 'concepts')).some((f) => f.endsWith('.md'));

describe('the shipped content', () => {
  it.skipIf(!hasConcepts)(
    'compiles with zero errors',
    async () => {
      const { result } = await compileFolder(CONTENT);
      const errors = result.diagnostics.filter((d) => d.severity === 'error').map((d) => formatDiagnostic(d));
      expect(errors, errors.join('\n')).toEqual([]);
      expect(result.concepts.length).toBeGreaterThan(0);
      expect(result.roadmaps.length).toBeGreaterThan(0);
    },
    120_000,
  );

  it.runIf(!hasConcepts)('is skipped: content/concepts has no concept files yet', () => {
    expect(hasConcepts).toBe(false);
  });
});
