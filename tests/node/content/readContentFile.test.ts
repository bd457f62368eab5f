import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadContent } from '../../../src/node/content/loadContent';
import { decodeContent, readContentFile } from '../../../src/node/content/readContentFile.mjs';
import { streamContent } from '../../../src/node/content/streamContent';
import { compile } from '../../../src/core/compile/compile';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'read-content-'));
  mkdirSync(join(dir, 'concepts'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const streamed = async (paths: string[]) => {
  const files = [];
  for await (const batch of streamContent(dir, paths)) files.push(...batch);
  return files;
};

describe('reading a content file', () => {
  it('tells an unreadable file from a missing one, on the reader thread too', async () => {
    // A folder named like a file cannot be read (EISDIR), whoever runs the test.
    mkdirSync(join(dir, 'concepts/folder.md'));
    writeFileSync(join(dir, 'concepts/a.md'), 'A');
    const paths = ['concepts/a.md', 'concepts/folder.md', 'concepts/gone.md'].map((p) => join(dir, p));
    expect(await streamed(paths)).toEqual([
      { path: 'concepts/a.md', text: 'A' },
      { path: 'concepts/folder.md', text: '', problem: { kind: 'unreadable', code: 'EISDIR' } },
    ]);
    expect(readContentFile(join(dir, 'concepts/gone.md'))).toBeUndefined();
    const { diagnostics } = compile([{ path: 'concepts/folder.md', text: '', problem: { kind: 'unreadable', code: 'EISDIR' } }]);
    expect(diagnostics).toMatchObject([{ rule: 'unreadable-file', severity: 'error', line: 1, column: 1 }]);
  });

  it('reports a file without read permission as unreadable (`chmod 000`)', () => {
    const file = join(dir, 'concepts/locked.md');
    writeFileSync(file, 'secret');
    chmodSync(file, 0o000);
    chmodSync(dir, 0o755);
    chmodSync(join(dir, 'concepts'), 0o755);
    // Root reads any file: read as an ordinary user then (`nobody`), in a child process.
    const asRoot = process.getuid?.() === 0;
    const code = `import { readContentFile } from ${JSON.stringify(new URL('../../../src/node/content/readContentFile.mjs', import.meta.url).href)};
      process.stdout.write(JSON.stringify(readContentFile(${JSON.stringify(file)})));`;
    const child = spawnSync(process.execPath, ['--input-type=module', '-e', code], {
      encoding: 'utf8',
      ...(asRoot ? { uid: 65534, gid: 65534 } : {}),
    });
    expect(child.stderr).toBe('');
    expect(JSON.parse(child.stdout)).toEqual({ text: '', problem: { kind: 'unreadable', code: 'EACCES' } });
  });

  it('finds the first byte that is not UTF-8, and lets valid text (U+FFFD included) pass', () => {
    const bytes = (...parts: (string | number[])[]) =>
      Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p) : Buffer.from(p))));
    expect(decodeContent(bytes('café �'))).toEqual({ text: 'café �' });
    expect(decodeContent(bytes('a\nñ caf', [0xe9], ' ok'))).toEqual({
      text: 'a\nñ caf\uFFFD ok',
      problem: { kind: 'encoding', offset: 7, byte: 0xe9 },
    });
    // Overlong forms, surrogates and a sequence cut off at the end are not UTF-8 either.
    expect(decodeContent(bytes('x', [0xc0, 0x80])).problem).toEqual({ kind: 'encoding', offset: 1, byte: 0xc0 });
    expect(decodeContent(bytes('😀', [0xed, 0xa0, 0x80])).problem).toEqual({ kind: 'encoding', offset: 2, byte: 0xed });
    expect(decodeContent(bytes('ab', [0xe2, 0x82])).problem).toEqual({ kind: 'encoding', offset: 2, byte: 0xe2 });
  });

  it('reads non-UTF-8 files the same in check and dev, and the compiler places the error', async () => {
    const text = '---\ntitle: Latin\nsummary: S.\n---\n\nA caf';
    writeFileSync(join(dir, 'concepts/latin.md'), Buffer.concat([Buffer.from(text), Buffer.from([0xe9, 0x0a])]));
    // Large files take another path through the reader.
    writeFileSync(join(dir, 'concepts/large.md'), Buffer.concat([Buffer.from(`${text}\n${'x'.repeat(70_000)}\n`), Buffer.from([0xff])]));
    const loaded = await loadContent(dir);
    expect(await streamed([join(dir, 'concepts/large.md'), join(dir, 'concepts/latin.md')])).toEqual(loaded);
    expect(loaded.map((f) => f.problem)).toEqual([
      { kind: 'encoding', offset: text.length + 70_002, byte: 0xff },
      { kind: 'encoding', offset: text.length, byte: 0xe9 },
    ]);
    const { diagnostics, concepts } = compile(loaded);
    expect(diagnostics.filter((d) => d.rule === 'encoding')).toMatchObject([
      { file: 'concepts/large.md', line: 8, column: 1, severity: 'error' },
      { file: 'concepts/latin.md', line: 6, column: 6, severity: 'error', actual: '0xE9' },
    ]);
    // The rest of the file still compiles.
    expect(concepts.map((c) => c.title)).toEqual(['Latin', 'Latin']);
  });
});
