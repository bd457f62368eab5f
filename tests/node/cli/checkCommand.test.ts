import { execFile } from 'node:child_process';
import { join, relative } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { checkCommand, type Output } from '../../../src/node/cli/checkCommand';

const FIXTURES = join(import.meta.dirname, '../../fixtures');

async function check(fixture: string, args: string[] = []) {
  const out: string[] = [];
  const err: string[] = [];
  const output: Output = { out: (l) => out.push(l), err: (l) => err.push(l) };
  const code = await checkCommand(args, output, { CONTENT_DIR: join(FIXTURES, fixture) });
  return { code, out, err };
}

const LINE = /^(\S+):(\d+):(\d+) (error|warning) (.+) \[([a-z-]+)\]$/;

describe('check', () => {
  it('exits 0 and says so when there is nothing to report', async () => {
    const { code, out } = await check('valid');
    expect(code).toBe(0);
    expect(out).toEqual([expect.stringMatching(/^✔ no problems \(\d+ files, 2 concepts, 1 roadmap\)$/)]);
  });

  it('exits 0 with warnings only', async () => {
    const { code, out } = await check('orphan');
    expect(code).toBe(0);
    expect(out[0]).toMatch(LINE);
    expect(out.at(-1)).toMatch(/^⚠ 0 errors and 1 warning in 1 file/);
  });

  it('exits 1 on errors, printing path:line:col severity message [rule-id] relative to the working directory', async () => {
    const { code, out } = await check('broken-link');
    expect(code).toBe(1);
    const lines = out.slice(0, -1);
    expect(lines.length).toBe(11);
    for (const line of lines) expect(line).toMatch(LINE);
    const [, path, line, column, severity, , rule] = LINE.exec(lines[0]!)!;
    expect(path).toBe(relative(process.cwd(), join(FIXTURES, 'broken-link/concepts/linker.md')));
    expect([line, column, severity, rule]).toEqual(['6', '6', 'error', 'broken-link']);
    expect(out.at(-1)).toMatch(/^✖ 11 errors and 0 warnings in 2 files/);
  });

  it('prints one JSON object with --json', async () => {
    const { code, out } = await check('unknown-target', ['--json']);
    expect(code).toBe(1);
    expect(out).toHaveLength(1);
    const report = JSON.parse(out[0]!);
    expect(report).toMatchObject({ files: 4, errors: 3, warnings: 0 });
    expect(report.diagnostics[0]).toMatchObject({ file: 'courses/c.md', line: 6, column: 15, rule: 'unknown-target', severity: 'error' });
    expect(report.diagnostics[0].path).toMatch(/unknown-target\/courses\/c\.md$/);
  });

  it('exits 2 on a bad argument or a missing folder', async () => {
    expect((await check('valid', ['--nope'])).code).toBe(2);
    const missing = await check('no-such-folder');
    expect(missing.code).toBe(2);
    expect(missing.err[0]).toMatch(/cannot read the content folder/);
  });

  it('runs as `tsx src/node/cli/main.ts check`, honouring CONTENT_DIR', async () => {
    const run = promisify(execFile);
    const main = join(import.meta.dirname, '../../../src/node/cli/main.ts');
    const tsx = join(import.meta.dirname, '../../../node_modules/.bin/tsx');
    const failed = await run(tsx, [main, 'check'], { env: { ...process.env, CONTENT_DIR: join(FIXTURES, 'self-prerequisite') } }).catch(
      (e: { code: number; stdout: string }) => e,
    );
    expect(failed).toMatchObject({ code: 1 });
    expect((failed as { stdout: string }).stdout).toMatch(/recursion\.md:5:9 error .* \[self-prerequisite\]/);
    const ok = await run(tsx, [main, 'check'], { env: { ...process.env, CONTENT_DIR: join(FIXTURES, 'valid') } });
    expect(ok.stdout).toMatch(/no problems/);
  }, 60_000);
});
