import { describe, expect, it } from 'vitest';
import { compareDiagnostics, sortDiagnostics } from '../../../src/core/diagnostics/compareDiagnostics';
import { countDiagnostics, summariseDiagnostics } from '../../../src/core/diagnostics/countDiagnostics';
import { createDiagnostic, RULE_SEVERITY } from '../../../src/core/diagnostics/createDiagnostic';
import { RULE_IDS } from '../../../src/core/diagnostics/Diagnostic';
import { formatDiagnostic } from '../../../src/core/diagnostics/formatDiagnostic';

const d = (file: string, line: number, column: number, rule: (typeof RULE_IDS)[number] = 'broken-link') =>
  createDiagnostic(file, { line, column }, rule, `Expected x, found y.`);

describe('diagnostics', () => {
  it('gives every rule a severity, overridable per diagnostic', () => {
    expect(Object.keys(RULE_SEVERITY).sort()).toEqual([...RULE_IDS].sort());
    expect(d('a', 1, 1, 'orphan').severity).toBe('warning');
    expect(createDiagnostic('a', { line: 1, column: 1 }, 'unsafe-html', 'm', { severity: 'warning' }).severity).toBe('warning');
    expect(createDiagnostic('a', { line: 1, column: 1 }, 'broken-link', 'm', { expected: 'e' })).toMatchObject({ expected: 'e' });
    expect('actual' in d('a', 1, 1)).toBe(false);
  });

  it('formats as path:line:col severity message [rule-id]', () => {
    expect(formatDiagnostic(d('concepts/a.md', 3, 7))).toBe('concepts/a.md:3:7 error Expected x, found y. [broken-link]');
    expect(formatDiagnostic(d('concepts/a.md', 3, 7), 'content/concepts/a.md')).toMatch(/^content\/concepts\/a\.md:3:7 /);
  });

  it('shows control characters from content escaped, so a diagnostic cannot rewrite the terminal', () => {
    // An id that would erase the line above and print a green "all good" in its place.
    const hostile = '\u001b[1A\u001b[2K\u001b[32m✔ no problems\u001b[0m';
    const line = formatDiagnostic(
      createDiagnostic(`concepts/${hostile}.md`, { line: 1, column: 1 }, 'invalid-id', `Bad id \`${hostile}\`\r\n.`),
    );
    // eslint-disable-next-line no-control-regex -- asserting there are none
    expect(line).not.toMatch(/[\u0000-\u001f\u007f-\u009f]/);
    expect(line).toBe(
      'concepts/\\x1b[1A\\x1b[2K\\x1b[32m✔ no problems\\x1b[0m.md:1:1 error Bad id `\\x1b[1A\\x1b[2K\\x1b[32m✔ no problems\\x1b[0m`\\x0d\\n. [invalid-id]',
    );
  });

  it('sorts by file, then line, then column', () => {
    const sorted = sortDiagnostics([d('b', 1, 1), d('a', 2, 1), d('a', 1, 9), d('a', 1, 2)]);
    expect(sorted.map((x) => `${x.file}:${x.line}:${x.column}`)).toEqual(['a:1:2', 'a:1:9', 'a:2:1', 'b:1:1']);
    expect(compareDiagnostics(d('a', 1, 1), d('a', 1, 1))).toBe(0);
  });

  it('counts and summarises', () => {
    const counts = countDiagnostics([d('a', 1, 1), d('a', 2, 1, 'orphan'), d('b', 1, 1)]);
    expect(counts).toEqual({ errors: 2, warnings: 1, files: 2 });
    expect(summariseDiagnostics(counts)).toBe('2 errors and 1 warning in 2 files');
    expect(summariseDiagnostics(countDiagnostics([]))).toBe('no problems');
  });
});
