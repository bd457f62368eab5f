import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadContent } from '../../src/build/loadContent';
import { scanContentDir } from '../../src/build/scanContentDir';
import { streamContent } from '../../src/build/streamContent';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'scan-content-'));
  for (const [path, text] of Object.entries({
    'site.yaml': 'title: T\n',
    'concepts/b.md': 'B',
    'concepts/a.md': 'A',
    'assets/fig.svg': '<svg/>',
    '.git/config': 'x',
    'notes/.draft.md': 'hidden',
  })) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('reading the content folder', () => {
  it('separates content files from assets, sorted, skipping dot-files and dot-folders', () => {
    const scan = scanContentDir(dir);
    expect(scan.files).toEqual(['concepts/a.md', 'concepts/b.md', 'site.yaml'].map((p) => join(dir, p)));
    expect(scan.assets).toEqual(['assets/fig.svg']);
  });

  it('loads the same files in one go or streamed from a worker', async () => {
    const loaded = await loadContent(dir);
    expect(loaded).toEqual([
      { path: 'concepts/a.md', text: 'A' },
      { path: 'concepts/b.md', text: 'B' },
      { path: 'site.yaml', text: 'title: T\n' },
    ]);
    const streamed = [];
    for await (const batch of streamContent(dir, scanContentDir(dir).files)) streamed.push(...batch);
    expect(streamed).toEqual(loaded);
  });
});
