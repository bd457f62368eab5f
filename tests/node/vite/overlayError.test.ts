import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { overlayError } from '../../../src/node/vite/overlayError';
import { createDiagnostic } from '../../../src/core/diagnostics/createDiagnostic';

describe('overlayError', () => {
  const dir = join(process.cwd(), 'content');
  it('lists every error with file:line:col and points the overlay at the first', () => {
    const err = overlayError(dir, [
      createDiagnostic('concepts/a.md', { line: 3, column: 5 }, 'broken-link', 'Expected x, found y.'),
      createDiagnostic('concepts/b.md', { line: 1, column: 1 }, 'orphan', 'Lonely.'),
    ])!;
    expect(err.message).toBe('1 content error:\ncontent/concepts/a.md:3:5 error Expected x, found y. [broken-link]');
    expect(err.loc).toEqual({ file: join(dir, 'concepts/a.md'), line: 3, column: 5 });
    expect(err.plugin).toBe('content');
  });

  it('has nothing to show for warnings only', () => {
    expect(overlayError(dir, [createDiagnostic('concepts/b.md', { line: 1, column: 1 }, 'orphan', 'Lonely.')])).toBeUndefined();
  });
});
