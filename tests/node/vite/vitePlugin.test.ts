import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { describe, expect, it, vi } from 'vitest';
import { CLEAR_OVERLAY_EVENT, CONTENT_UPDATE_EVENT, contentPlugin } from '../../../src/node/vite/vitePlugin';

import { call, concept, fakeServer, settle, useContentFolder } from './pluginHarness';
const folder = useContentFolder();

describe('contentPlugin in dev', () => {
  it('serves virtual:content, pushes content:update on a save, and shows then clears the overlay', async () => {
    const plugin = contentPlugin({ dir: folder.dir });
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
    handlers.get('change')!(folder.write('concepts/a.md', concept('A, saved while starting')));
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

    handlers.get('change')!(folder.write('concepts/a.md', concept('A', 'prerequisites: [missing]\n')));
    await settle();
    const update = sent.find((p) => p.event === CONTENT_UPDATE_EVENT)!;
    expect(update).toMatchObject({ type: 'custom', data: { changed: ['concepts/a'] } });
    const error = sent.find((p) => p.type === 'error')!;
    expect(error.err!.message).toMatch(/concepts\/a\.md:4:17 error Expected a prerequisite .* \[unknown-prerequisite\]/);
    expect(error.err!.loc).toEqual({ file: join(folder.dir, 'concepts/a.md'), line: 4, column: 17 });
    expect(invalidated).toHaveLength(1);

    sent.length = 0;
    handlers.get('change')!(folder.write('concepts/a.md', concept('A fixed')));
    await settle();
    expect(sent.map((p) => p.event ?? p.type)).toEqual([CONTENT_UPDATE_EVENT, CLEAR_OVERLAY_EVENT]);
    const fixed = ((await call(plugin, 'load', '\0virtual:content')) as { code: string }).code;
    expect(JSON.parse(JSON.parse(/JSON\.parse\((.*)\);/.exec(fixed)![1]!)).concepts[0].title).toBe('A fixed');
    expect(call(plugin, 'hotUpdate', { file: join(folder.dir, 'concepts/a.md') })).toEqual([]);
    expect(call(plugin, 'hotUpdate', { file: join(tmpdir(), 'x.ts') })).toBeUndefined();
  });
});

describe('contentPlugin updates in dev', () => {
  it('sends a patch, not the whole index, when a save changes only prose', async () => {
    const plugin = contentPlugin({ dir: folder.dir });
    const { server, sent, handlers } = fakeServer();
    call(plugin, 'configResolved', { command: 'serve', base: '/' });
    await call(plugin, 'configureServer', server);
    await call(plugin, 'load', '\0virtual:content');
    sent.length = 0;
    handlers.get('change')!(folder.write('concepts/a.md', `${concept('A')}More prose.\n`));
    await settle();
    const prose = sent.find((p) => p.event === CONTENT_UPDATE_EVENT)!;
    expect(prose.data).toEqual({
      patch: { bodies: { 'concepts/a': expect.stringMatching(/^\/content\/concepts\/a\./) }, diagnostics: [] },
      changed: ['concepts/a'],
    });
    sent.length = 0;
    handlers.get('change')!(folder.write('concepts/a.md', concept('A, retitled')));
    await settle();
    const retitled = sent.find((p) => p.event === CONTENT_UPDATE_EVENT)!;
    expect(retitled.data).toMatchObject({ index: { concepts: [{ title: 'A, retitled' }] }, changed: ['concepts/a'] });
  });
});

describe('contentPlugin in the terminal', () => {
  it('logs one line when the content’s problems change, and none when they do not', async () => {
    const plugin = contentPlugin({ dir: folder.dir });
    const { server, handlers, logged } = fakeServer();
    call(plugin, 'configResolved', { command: 'serve', base: '/' });
    await call(plugin, 'configureServer', server);
    await call(plugin, 'load', '\0virtual:content');
    await settle();
    expect(logged).toEqual(['info content: no problems']);
    handlers.get('change')!(folder.write('concepts/a.md', concept('A', 'prerequisites: [missing]\n')));
    await settle();
    handlers.get('change')!(folder.write('concepts/a.md', concept('A, retitled', 'prerequisites: [missing]\n')));
    await settle();
    expect(logged.slice(1)).toEqual([
      expect.stringMatching(/^error content: 1 error and 0 warnings in 1 file \(.*concepts\/a\.md:4:17 unknown-prerequisite\)$/),
    ]);
    handlers.get('change')!(folder.write('concepts/a.md', concept('A')));
    await settle();
    expect(logged.slice(2)).toEqual(['info content: all problems fixed']);
  });
});

describe('contentPlugin without its content folder', () => {
  type Middleware = (req: unknown, res: unknown, next: (error?: unknown) => void) => void;
  const indexIn = async (plugin: Plugin) => {
    const { code } = (await call(plugin, 'load', '\0virtual:content')) as { code: string };
    return JSON.parse(JSON.parse(/JSON\.parse\((.*)\);/.exec(code)![1]!)) as { concepts: { id: string }[] };
  };

  it('serves the app without content and names the folder, then picks it up once created', async () => {
    const absent = join(folder.dir, 'later');
    const plugin = contentPlugin({ dir: absent });
    const { server, sent, logged, middlewares } = fakeServer();
    call(plugin, 'configResolved', { command: 'serve', base: '/' });
    await call(plugin, 'configureServer', server);
    expect((await indexIn(plugin)).concepts).toEqual([]);
    // Requests go on to Vite, which serves the app: no error handed on, so no HTTP 500.
    const handedOn = await new Promise((done) =>
      (middlewares[0] as Middleware)({ url: '/content/concepts/a.v1.json', method: 'GET' }, {}, done),
    );
    expect(handedOn).toBeUndefined();
    await settle();
    expect(logged).toEqual([
      `error content: the folder \`${absent}\` does not exist; create it, or set CONTENT_DIR to the folder that holds your content.`,
    ]);

    // Created while the server runs: noticed without any watcher event, and the overlay cleared.
    folder.write('later/concepts/a.md', concept('A'));
    folder.write('later/roadmaps/r.md', '---\ntitle: R\nsummary: S.\n---\n[[a]]\n');
    await vi.waitFor(() => expect(logged).toHaveLength(2), { timeout: 5000, interval: 50 });
    expect(logged[1]).toBe('info content: no problems');
    expect(sent.map((p) => p.event ?? p.type)).toEqual([CONTENT_UPDATE_EVENT, CLEAR_OVERLAY_EVENT]);
    expect((await indexIn(plugin)).concepts.map((c) => c.id)).toEqual(['a']);
  });

  it('empties the app and shows the overlay when the folder is deleted, and recovers when it returns', async () => {
    const plugin = contentPlugin({ dir: folder.dir });
    const { server, sent, handlers, logged } = fakeServer();
    call(plugin, 'configResolved', { command: 'serve', base: '/' });
    await call(plugin, 'configureServer', server);
    await indexIn(plugin);
    await settle();
    sent.length = 0;
    rmSync(folder.dir, { recursive: true, force: true });
    handlers.get('unlink')!(join(folder.dir, 'concepts/a.md'));
    handlers.get('unlinkDir')!(folder.dir);
    await settle();
    expect((await indexIn(plugin)).concepts).toEqual([]);
    expect(sent.map((p) => p.event ?? p.type)).toEqual([CONTENT_UPDATE_EVENT, 'error']);
    expect(sent[1]!.err!.message).toContain(`the folder \`${folder.dir}\` does not exist`);
    expect(logged.slice(1)).toEqual([expect.stringContaining(`error content: the folder \`${folder.dir}\` does not exist`)]);

    sent.length = 0;
    folder.write('concepts/a.md', concept('A is back', 'prerequisites: [missing]\n'));
    await vi.waitFor(() => expect(logged).toHaveLength(3), { timeout: 5000, interval: 50 });
    expect(logged[2]).toMatch(/^error content: 1 error and 1 warning in 1 file \(.*concepts\/a\.md:4:17 unknown-prerequisite …\)$/);
    expect(sent.map((p) => p.event ?? p.type)).toEqual([CONTENT_UPDATE_EVENT, 'error']);
    expect(sent[1]!.err!.message).toMatch(/unknown-prerequisite/);
  });
});
