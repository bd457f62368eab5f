import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// `vite build` for real, in a child process, on a fixture with two errors: what an author's
// terminal shows. The output goes to a temporary folder, so `dist/` is left alone.
const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
const VITE = join(ROOT, 'node_modules/vite/bin/vite.js');
const ANSI = new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, 'g');

describe('vite build with content errors', () => {
  let temp: string;
  let run: { status: number | null; lines: string[] };

  beforeAll(() => {
    temp = mkdtempSync(join(tmpdir(), 'build-failure-'));
    cpSync(join(ROOT, 'tests/fixtures/unknown-prerequisite'), join(temp, 'content'), { recursive: true });
    const result = spawnSync(process.execPath, [VITE, 'build', '--outDir', join(temp, 'out'), '--emptyOutDir'], {
      cwd: ROOT,
      env: { ...process.env, CONTENT_DIR: join(temp, 'content'), NO_COLOR: '1' },
      encoding: 'utf8',
      timeout: 60_000,
    });
    const output = `${result.stdout}\n${result.stderr}`.replace(ANSI, '');
    run = { status: result.status, lines: output.split('\n').filter((line) => line.trim() !== '') };
  }, 70_000);
  afterAll(() => rmSync(temp, { recursive: true, force: true }));

  it('fails, ending with the diagnostics as check prints them and one short line', () => {
    expect(run.status).toBe(1);
    expect(run.lines.slice(-4)).toEqual([
      expect.stringMatching(/content\/concepts\/dot-product\.md:5:9 error Expected a prerequisite .*`vectros`.* \[unknown-prerequisite\]$/),
      expect.stringMatching(
        /content\/concepts\/dot-product\.md:7:5 error Expected a prerequisite .*`nothing-like-this`.* \[unknown-prerequisite\]$/,
      ),
      'error during build:',
      '✖ content has 2 errors and 0 warnings in 1 file; the build stopped: fix the errors above.',
    ]);
  });

  it('prints no stack trace', () => {
    expect(run.lines.filter((line) => /^\s+at /.test(line))).toEqual([]);
    expect(run.lines.join('\n')).not.toMatch(/RolldownError|Build failed with/);
  });
});
