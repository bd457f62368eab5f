import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createServer } from 'vite';
import { compileFolder } from '../../../src/node/content/compileFolder';
import { createContentService } from '../../../src/node/dev/ContentService';
import { contentPlugin } from '../../../src/node/vite/vitePlugin';

// A project with a content folder holding two directory loops and links to a file outside it.
let root: string;
let outside: string;
let dir: string;
const SECRET = 'TOP SECRET, outside the content folder';
const write = (path: string, text: string) => {
  mkdirSync(dirname(join(dir, path)), { recursive: true });
  writeFileSync(join(dir, path), text);
};
const link = (path: string, target: string) => {
  mkdirSync(dirname(join(dir, path)), { recursive: true });
  symlinkSync(target, join(dir, path));
};

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'symlinks-'));
  outside = mkdtempSync(join(tmpdir(), 'symlinks-outside-'));
  dir = join(root, 'content');
  writeFileSync(join(outside, 'secret.md'), `---\ntitle: Secret\nsummary: ${SECRET}.\n---\n${SECRET}\n`);
  writeFileSync(join(outside, 'secret.txt'), SECRET);
  write('concepts/a.md', '---\ntitle: A\nsummary: S.\n---\nA.\n');
  write('roadmaps/r.md', '---\ntitle: R\nsummary: S.\n---\n[[a]]\n');
  link('concepts/nested/up', '..');
  link('concepts/nested/loop', '../../concepts');
  link('concepts/leak.md', join(outside, 'secret.md'));
  link('assets/leak.txt', join(outside, 'secret.txt'));
});
afterEach(() => {
  rmSync(root, { recursive: true, force: true });
  rmSync(outside, { recursive: true, force: true });
});

const SKIPPED = ['assets/leak.txt', 'concepts/leak.md', 'concepts/nested/loop', 'concepts/nested/up'];
const symlinkWarnings = (diagnostics: readonly { rule: string; file: string; severity: string }[]) =>
  diagnostics
    .filter((d) => d.rule === 'symlink')
    .map((d) => `${d.file} ${d.severity}`)
    .sort();

describe('symbolic links in the content folder', () => {
  it('check skips every link, with a warning on each, and reads nothing outside', async () => {
    const { result, assets } = await compileFolder(dir);
    expect(symlinkWarnings(result.diagnostics)).toEqual(SKIPPED.map((p) => `${p} warning`));
    expect(result.concepts.map((c) => c.id)).toEqual(['a']);
    expect(assets).toEqual([]);
    expect(JSON.stringify({ result: { ...result, bodies: [...result.bodies] } })).not.toContain(SECRET);
  });

  it('the dev content service reports links at start and links added while it runs, and never reads through them', async () => {
    const service = createContentService(dir);
    await service.start();
    expect(symlinkWarnings(service.state().diagnostics)).toEqual(SKIPPED.map((p) => `${p} warning`));
    link('concepts/added.md', join(outside, 'secret.md'));
    link('assets/added.txt', join(outside, 'secret.txt'));
    const update = await service.update([join(dir, 'concepts/added.md'), join(dir, 'assets/added.txt')]);
    expect(update).not.toBeNull();
    expect(symlinkWarnings(service.state().diagnostics)).toContain('concepts/added.md warning');
    expect(symlinkWarnings(service.state().diagnostics)).toContain('assets/added.txt warning');
    expect(service.hasAsset('assets/added.txt')).toBe(false);
    expect(service.body('concepts/added')).toBeUndefined();
    expect(JSON.stringify(service.index())).not.toContain(SECRET);
    // A real file in its place replaces the report.
    rmSync(join(dir, 'assets/added.txt'));
    writeFileSync(join(dir, 'assets/added.txt'), 'mine');
    await service.update([join(dir, 'assets/added.txt')]);
    expect(symlinkWarnings(service.state().diagnostics)).not.toContain('assets/added.txt warning');
    expect(service.hasAsset('assets/added.txt')).toBe(true);
  });

  it('the dev server starts despite two loops, does not follow them, and serves nothing through a link', async () => {
    writeFileSync(join(root, 'index.html'), '<!doctype html><title>t</title>');
    const server = await createServer({
      root,
      configFile: false,
      logLevel: 'silent',
      plugins: [contentPlugin({ dir })],
      server: { host: '127.0.0.1', port: 0 },
    });
    try {
      await server.listen();
      const { port } = server.httpServer!.address() as { port: number };
      const get = (path: string) =>
        fetch(`http://127.0.0.1:${port}${path}`).then(async (r) => ({ status: r.status, text: await r.text() }));
      expect((await get('/')).status).toBe(200);
      const module = await get('/@id/__x00__virtual:content');
      expect(module.status).toBe(200);
      expect(module.text).toContain('concepts/nested/up');
      expect(module.text).not.toContain(SECRET);
      // Neither the listed-asset route nor Vite's own files under its root follow the link.
      expect(await get('/content/assets/leak.txt')).toEqual({ status: 404, text: '' });
      expect((await get('/content/concepts/nested/up/a.md')).status).toBe(404);
      // The watcher saw each link as one entry: it did not descend into the loops.
      const watched = Object.entries(server.watcher.getWatched()).flatMap(([folder, names]) => names.map((n) => join(folder, n)));
      expect(watched.filter((p) => p.startsWith(join(dir, 'concepts/nested/')))).toEqual(
        [join(dir, 'concepts/nested/loop'), join(dir, 'concepts/nested/up')].filter((p) => watched.includes(p)),
      );
      expect(watched.some((p) => p.includes('/up/') || p.includes('/loop/'))).toBe(false);
    } finally {
      await server.close();
    }
  }, 30_000);
});
