import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ReadProblem, SourceFile } from '../../../src/core/model/SourceFile';
import { readContentFile } from '../../../src/node/content/readContentFile.mjs';
import { compile } from '../../../src/core/compile/compile';
import { RULE_IDS } from '../../../src/core/diagnostics/Diagnostic';

// One folder per case under tests/fixtures: content files plus `expected.json`, the diagnostics
// `compile` must produce. `UPDATE=1 npx vitest run tests/core/compile` re-records them; a new case
// needs no code, only a folder.
const ROOT = join(import.meta.dirname, '../../fixtures');
const CONTENT = /\.(md|ya?ml)$/;

// Files read as the commands read them (symbolic links skipped, bytes that are not UTF-8 found);
// `read-problems.json` names files with a problem a repository cannot hold (`{ path: problem }`).
const PROBLEMS = 'read-problems.json';

function readFixture(dir: string): { files: SourceFile[]; assets: string[] } {
  const files: SourceFile[] = [];
  const assets: string[] = [];
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if ((!entry.isFile() && !entry.isSymbolicLink()) || entry.name === 'expected.json' || entry.name === PROBLEMS) continue;
    const path = relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/');
    if (CONTENT.test(path) || entry.isSymbolicLink()) files.push({ path, ...readContentFile(join(dir, path))! });
    else assets.push(path);
  }
  if (existsSync(join(dir, PROBLEMS))) {
    const problems = JSON.parse(readFileSync(join(dir, PROBLEMS), 'utf8')) as Record<string, ReadProblem>;
    for (const [path, problem] of Object.entries(problems)) files.push({ path, text: '', problem });
  }
  return { files: files.sort((a, b) => (a.path < b.path ? -1 : 1)), assets: assets.sort() };
}

const folders = readdirSync(ROOT, { withFileTypes: true })
  .filter((e) => e.isDirectory())
  .map((e) => e.name)
  .sort();

describe('compiler fixtures', () => {
  it('has a fixture folder for every rule', () => {
    for (const rule of RULE_IDS) expect(folders, `tests/fixtures/${rule}`).toContain(rule);
  });

  it.each(folders)('%s', (name) => {
    const dir = join(ROOT, name);
    const { files, assets } = readFixture(dir);
    const { diagnostics } = compile(files, { assets });
    const expectedFile = join(dir, 'expected.json');
    if (process.env.UPDATE === '1') writeFileSync(expectedFile, `${JSON.stringify(diagnostics, null, 2)}\n`);
    expect(existsSync(expectedFile), `${name}/expected.json is missing: record it with UPDATE=1`).toBe(true);
    expect(diagnostics).toEqual(JSON.parse(readFileSync(expectedFile, 'utf8')));
    // A folder named after a rule must show that rule, so no fixture passes by saying nothing.
    if ((RULE_IDS as readonly string[]).includes(name)) expect(diagnostics.map((d) => d.rule)).toContain(name);
  });
});
