import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadContent } from '../../../src/node/content/loadContent';
import { toContentPath } from '../../../src/node/content/toContentPath';
import { scanContentDir } from '../../../src/node/content/scanContentDir';
import { streamContent } from '../../../src/node/content/streamContent';

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
    // Given a listing function (called at once, while the thread starts), the same files.
    const listed: string[] = [];
    const stream = streamContent(dir, () => scanContentDir(dir).files);
    for await (const batch of stream) listed.push(...batch.map((f) => f.path));
    expect(listed).toEqual(loaded.map((f) => f.path));
    const empty: unknown[] = [];
    for await (const batch of streamContent(dir, () => [])) empty.push(batch);
    expect(empty).toEqual([]);
    // A listing that fails throws to the caller (and stops the thread it started).
    expect(() => streamContent(dir, () => scanContentDir(join(dir, 'missing')).files)).toThrow(/ENOENT/);
  });

  it('streams hundreds of files in batches, non-ASCII and large ones intact, skipping vanished ones', async () => {
    const many = mkdtempSync(join(tmpdir(), 'stream-content-'));
    try {
      const texts = Array.from({ length: 600 }, (_, i) => `---\ntitle: Café ${i} — ∂x/∂y 😀\n---\n${'body '.repeat(i % 7)}`);
      // Larger than the reader's buffer, so it takes the other path.
      texts[300] = `---\ntitle: Big\n---\n${'é'.repeat(70_000)}`;
      const paths = texts.map((text, i) => {
        const path = join(many, 'concepts', `c-${String(i).padStart(3, '0')}.md`);
        mkdirSync(dirname(path), { recursive: true });
        writeFileSync(path, text);
        return path;
      });
      const batches: { path: string; text: string }[][] = [];
      for await (const batch of streamContent(many, [...paths.slice(0, 10), join(many, 'concepts/gone.md'), ...paths.slice(10)]))
        batches.push(batch);
      expect(batches.length).toBeGreaterThan(2);
      // A small first batch, so parsing starts soon.
      expect(batches[0]!.length).toBeLessThan(batches[1]!.length);
      const streamed = batches.flat();
      expect(streamed.map((f) => f.path)).toEqual(paths.map((_, i) => `concepts/c-${String(i).padStart(3, '0')}.md`));
      expect(streamed.map((f) => f.text)).toEqual(texts);
    } finally {
      rmSync(many, { recursive: true, force: true });
    }
  });

  it('gives content-relative paths with forward slashes', () => {
    expect(toContentPath('/srv/content', '/srv/content/concepts/a.md')).toBe('concepts/a.md');
    expect(toContentPath('/srv/content', '/srv/content-old/a.md')).toBe('../content-old/a.md');
    expect(toContentPath('/srv/content', '/srv/content/../x/a.md')).toBe('../x/a.md');
    expect(toContentPath('/srv/content', '/srv/content/./a.md')).toBe('a.md');
    expect(toContentPath('/srv/content/', '/srv/content/a.md')).toBe('a.md');
  });
});
