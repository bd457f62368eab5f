import { describe, expect, it } from 'vitest';
import { createDiagnostic } from '../../../src/core/diagnostics/createDiagnostic';
import { createProblemReporter } from '../../../src/node/dev/ProblemReporter';

const unknown = createDiagnostic('concepts/a.md', { line: 3, column: 1 }, 'unknown-prerequisite', 'Expected x, found y.');
const orphan = createDiagnostic('concepts/b.md', { line: 1, column: 1 }, 'orphan', 'Lonely.');

function reporter() {
  const lines: string[] = [];
  const log = (level: string) => (message: string, options?: { timestamp?: boolean }) =>
    lines.push(`${level}${options?.timestamp ? ' (timed)' : ''} ${message}`);
  const report = createProblemReporter({ info: log('info'), warn: log('warn'), error: log('error') }, (file) => `content/${file}`);
  return { report, lines };
}

describe('createProblemReporter', () => {
  it('says in one timed line how many problems, in check’s words, and where the first error is', () => {
    const { report, lines } = reporter();
    report.problems([orphan, unknown]);
    expect(lines).toEqual(['error (timed) content: 1 error and 1 warning in 2 files (content/concepts/a.md:3:1 unknown-prerequisite …)']);
  });

  it('says nothing while the problems stay the same, and when they are all fixed says so', () => {
    const { report, lines } = reporter();
    report.problems([unknown]);
    report.problems([unknown]);
    report.problems([orphan]);
    report.problems([]);
    report.problems([]);
    expect(lines).toEqual([
      'error (timed) content: 1 error and 0 warnings in 1 file (content/concepts/a.md:3:1 unknown-prerequisite)',
      'warn (timed) content: 0 errors and 1 warning in 1 file (content/concepts/b.md:1:1 orphan)',
      'info (timed) content: all problems fixed',
    ]);
  });

  it('starts with "no problems", and names a missing folder and the way out once', () => {
    const { report, lines } = reporter();
    report.problems([]);
    report.missing('/home/me/notes');
    report.missing('/home/me/notes');
    report.problems([]);
    expect(lines).toEqual([
      'info (timed) content: no problems',
      'error (timed) content: the folder `/home/me/notes` does not exist; create it, or set CONTENT_DIR to the folder that holds your content.',
      'info (timed) content: no problems',
    ]);
  });
});
