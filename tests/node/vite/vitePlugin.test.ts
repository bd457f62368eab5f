import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { Plugin } from 'vite';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CLEAR_OVERLAY_EVENT, CONTENT_UPDATE_EVENT, contentPlugin } from '../../../src/node/vite/vitePlugin';

let dir: string;
const write = (path: string, text: string) => {
  mkdirSync(dirname(join(dir, path)), { recursive: true });
  writeFileSync(join(dir, path), text);
  return join(dir, path);
};
const concept = (title: string, front = '') => `---\ntitle: ${title}\nsummary: S.\n${front}---\nBody of ${title}.\n`;

/** The parts of Vite's dev server the plugin touches, recording what it sends. */
function fakeServer() {
  const sent: { type: string; event?: string; data?: unknown; err?: { message: string; loc: unknown } }[] = [];
  const handlers = new Map<string, (file: string) => void>();
  const invalidated: unknown[] = [];
  const middlewares: unknown[] = [];
  const module = { id: '\0virtual:content' };
  const server = {
    middlewares: { use: (m: unknown) => middlewares.push(m) },
    watcher: {
      add: () => server.watcher,
      on: (event: string, handler: (file: string) => void) => {
        handlers.set(event, handler);
        return server.watcher;
      },
    },
    ws: { send: (payload: (typeof sent)[number]) => sent.push(payload), on: () => {} },
    environments: { client: { moduleGraph: { getModuleById: () => module, invalidateModule: (m: unknown) => invalidated.push(m) } } },
  };
  return { server, sent, handlers, invalidated, middlewares };
}

const settle = () => new Promise((done) => setTimeout(done, 150));
type Hook = (...args: unknown[]) => unknown;
const call = (plugin: Plugin, hook: keyof Plugin, ...args: unknown[]) => {
  const value = plugin[hook] as Hook | { handler: Hook };
  return (typeof value === 'function' ? value : value.handler).call({}, ...args);
};

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'content-plugin-'));
  write('concepts/a.md', concept('A'));
  write('roadmaps/r.md', '---\ntitle: R\nsummary: S.\n---\n[[a]]\n');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('contentPlugin in dev', () => {
  it('serves virtual:content, pushes content:update on a save, and shows then clears the overlay', async () => {
    const plugin = contentPlugin({ dir });
    const { server, sent, handlers, invalidated, middlewares } = fakeServer();
    call(plugin, 'configResolved', { command: 'serve', base: '/' });
    await call(plugin, 'configureServer', server);
    expect(middlewares).toHaveLength(1);
    expect(call(plugin, 'resolveId', 'virtual:content')).toBe('\0virtual:content');
    // The server does not wait for the content: the content module does. The watcher is wired at
    // once, so a file saved during the first read is not missed.
    const loading = call(plugin, 'load', '\0virtual:content') as Promise<{ code: string; map: unknown }>;
    expect(await Promise.race([loading.then(() => 'loaded'), Promise.resolve('pending')])).toBe('pending');
    expect(handlers.size).toBeGreaterThan(0);
    handlers.get('change')!(write('concepts/a.md', concept('A, saved while starting')));
    const { code, map } = await loading;
    // Generated data: no source map repeating it.
    expect(map).toEqual({ mappings: '' });
    const index = JSON.parse(JSON.parse(/JSON\.parse\((.*)\);/.exec(code)![1]!));
    expect(index.concepts.map((c: { id: string }) => c.id)).toEqual(['a']);
    await settle();
    const saved = ((await call(plugin, 'load', '\0virtual:content')) as { code: string }).code;
    expect(JSON.parse(JSON.parse(/JSON\.parse\((.*)\);/.exec(saved)![1]!)).concepts[0].title).toBe('A, saved while starting');
    sent.length = 0;
    expect(call(plugin, 'transformIndexHtml')).toEqual([expect.objectContaining({ tag: 'script' })]);

    handlers.get('change')!(write('concepts/a.md', concept('A', 'prerequisites: [missing]\n')));
    await settle();
    const update = sent.find((p) => p.event === CONTENT_UPDATE_EVENT)!;
    expect(update).toMatchObject({ type: 'custom', data: { changed: ['concepts/a'] } });
    const error = sent.find((p) => p.type === 'error')!;
    expect(error.err!.message).toMatch(/concepts\/a\.md:4:17 error Expected a prerequisite .* \[unknown-prerequisite\]/);
    expect(error.err!.loc).toEqual({ file: join(dir, 'concepts/a.md'), line: 4, column: 17 });
    expect(invalidated).toHaveLength(1);

    sent.length = 0;
    handlers.get('change')!(write('concepts/a.md', concept('A fixed')));
    await settle();
    expect(sent.map((p) => p.event ?? p.type)).toEqual([CONTENT_UPDATE_EVENT, CLEAR_OVERLAY_EVENT]);
    const fixed = ((await call(plugin, 'load', '\0virtual:content')) as { code: string }).code;
    expect(JSON.parse(JSON.parse(/JSON\.parse\((.*)\);/.exec(fixed)![1]!)).concepts[0].title).toBe('A fixed');
    expect(call(plugin, 'hotUpdate', { file: join(dir, 'concepts/a.md') })).toEqual([]);
    expect(call(plugin, 'hotUpdate', { file: join(tmpdir(), 'x.ts') })).toBeUndefined();
  });
});

describe('contentPlugin updates in dev', () => {
  it('sends a patch, not the whole index, when a save changes only prose', async () => {
    const plugin = contentPlugin({ dir });
    const { server, sent, handlers } = fakeServer();
    call(plugin, 'configResolved', { command: 'serve', base: '/' });
    await call(plugin, 'configureServer', server);
    await call(plugin, 'load', '\0virtual:content');
    sent.length = 0;
    handlers.get('change')!(write('concepts/a.md', `${concept('A')}More prose.\n`));
    await settle();
    const prose = sent.find((p) => p.event === CONTENT_UPDATE_EVENT)!;
    expect(prose.data).toEqual({
      patch: { bodies: { 'concepts/a': expect.stringMatching(/^\/content\/concepts\/a\./) }, diagnostics: [] },
      changed: ['concepts/a'],
    });
    sent.length = 0;
    handlers.get('change')!(write('concepts/a.md', concept('A, retitled')));
    await settle();
    const retitled = sent.find((p) => p.event === CONTENT_UPDATE_EVENT)!;
    expect(retitled.data).toMatchObject({ index: { concepts: [{ title: 'A, retitled' }] }, changed: ['concepts/a'] });
  });
});

describe('contentPlugin in a build', () => {
  it('emits hashed body JSON and assets, and fails on content errors', async () => {
    write('assets/x.svg', '<svg/>');
    const plugin = contentPlugin({ dir });
    call(plugin, 'configResolved', { command: 'build', base: '/' });
    const emitted: { fileName: string }[] = [];
    const warnings: string[] = [];
    const context = {
      emitFile: (f: { fileName: string }) => emitted.push(f),
      warn: (m: string) => warnings.push(m),
      error: (m: string) => {
        throw new Error(m);
      },
    };
    await (plugin.buildStart as Hook).call(context);
    expect(emitted.map((f) => f.fileName).sort()).toEqual([
      'content/assets/x.svg',
      expect.stringMatching(/^content\/concepts\/a\.[0-9a-f]{10}\.json$/),
      expect.stringMatching(/^content\/roadmaps\/r\.[0-9a-f]{10}\.json$/),
    ]);
    expect(warnings).toEqual([]);
    const { code } = (await call(plugin, 'load', '\0virtual:content')) as { code: string };
    expect(code).toContain(emitted.find((f) => f.fileName.startsWith('content/concepts/a.'))!.fileName);

    // A warning is printed, not shipped: the index learners load carries no diagnostics.
    write('concepts/lonely.md', concept('Lonely'));
    const warned = contentPlugin({ dir });
    call(warned, 'configResolved', { command: 'build', base: '/' });
    await (warned.buildStart as Hook).call(context);
    expect(warnings).toEqual([expect.stringMatching(/concepts\/lonely\.md:1:1 warning .*\[orphan\]/)]);
    const shipped = (await call(warned, 'load', '\0virtual:content')) as { code: string };
    expect(JSON.parse(JSON.parse(/JSON\.parse\((.*)\);/.exec(shipped.code)![1]!)).diagnostics).toEqual([]);

    write('concepts/b.md', concept('B', 'prerequisites: [b]\n'));
    const failing = contentPlugin({ dir });
    call(failing, 'configResolved', { command: 'build', base: '/' });
    await expect((failing.buildStart as Hook).call(context)).rejects.toThrow(/concepts\/b\.md:4:17 error .*\[self-prerequisite\]/);
  });

  it('serves under a base: body URLs and links start with it', async () => {
    write('assets/x.svg', '<svg/>');
    write('concepts/a.md', concept('A') + '\n![Figure](../assets/x.svg) and [[a]]\n');
    const plugin = contentPlugin({ dir });
    call(plugin, 'configResolved', { command: 'build', base: '/course/' });
    const emitted: { fileName: string; source: string | Uint8Array }[] = [];
    const context = {
      emitFile: (f: (typeof emitted)[number]) => emitted.push(f),
      warn: () => {},
      error: (m: string) => {
        throw new Error(m);
      },
    };
    await (plugin.buildStart as Hook).call(context);
    const { code } = (await call(plugin, 'load', '\0virtual:content')) as { code: string };
    const index = JSON.parse(JSON.parse(/JSON\.parse\((.*)\);/.exec(code)![1]!));
    expect(index.bodies['concepts/a']).toMatch(/^\/course\/content\/concepts\/a\.[0-9a-f]{10}\.json$/);
    const body = JSON.parse(String(emitted.find((f) => f.fileName.startsWith('content/concepts/a.'))!.source));
    expect(body.html).toContain('src="/course/content/assets/x.svg"');
    expect(body.html).toContain('href="/course/concepts/a"');
  });

  it('copies the page to 404.html, so static hosts open deep links in the app', () => {
    const plugin = contentPlugin({ dir });
    const emitted: { fileName: string; source: unknown }[] = [];
    const hook = plugin.generateBundle as { handler: Hook };
    hook.handler.call(
      { emitFile: (f: (typeof emitted)[number]) => emitted.push(f) },
      {},
      { 'index.html': { type: 'asset', source: '<html>app</html>' } },
    );
    expect(emitted).toEqual([{ type: 'asset', fileName: '404.html', source: '<html>app</html>' }]);
    hook.handler.call({ emitFile: (f: (typeof emitted)[number]) => emitted.push(f) }, {}, {});
    expect(emitted).toHaveLength(1);
  });

  it('refuses a relative base, saying what it needs', () => {
    const plugin = contentPlugin({ dir });
    expect(() => call(plugin, 'configResolved', { command: 'build', base: './' })).toThrow(
      /expected Vite's `base` to be an absolute path such as `\/` or `\/course\/`, found `\.\/`/,
    );
  });
});
