import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { describe, expect, it, vi } from 'vitest';
import { CLEAR_OVERLAY_EVENT, CONTENT_UPDATE_EVENT, contentPlugin } from '../../../src/node/vite/vitePlugin';

import type { ConceptData, ContentIndex } from '../../../src/core/model';
import type { GraphData } from '../../../src/core/graph';
import { call, concept, fakeServer, settle, useContentFolder } from './pluginHarness';
import { request, requestJson } from './middlewareRequest';
const folder = useContentFolder();

type Middleware = Parameters<typeof request>[0];
/** The index the plugin's `virtual:content` module exports. */
const indexIn = async (plugin: Plugin): Promise<ContentIndex> => {
  const { code } = (await call(plugin, 'load', '\0virtual:content')) as { code: string };
  return JSON.parse(JSON.parse(/JSON\.parse\((.*)\);/.exec(code)![1]!)) as ContentIndex;
};
/** Concept `id`'s data file, as the plugin's dev middleware serves it. */
const conceptDataIn = async (middlewares: unknown[], plugin: Plugin, id: string) =>
  requestJson<ConceptData>(middlewares[0] as Middleware, `${(await indexIn(plugin)).conceptData}${id}.json`);
/** Ids in the graph file the index names, as the plugin's dev middleware serves it. */
const graphIdsIn = async (middlewares: unknown[], plugin: Plugin) =>
  (await requestJson<GraphData>(middlewares[0] as Middleware, (await indexIn(plugin)).graph)).nodes.map((n) => n.i);

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
    const index = JSON.parse(JSON.parse(/JSON\.parse\((.*)\);/.exec(code)![1]!)) as ContentIndex;
    // The boot index: roadmaps and where the rest is, not the concepts themselves.
    expect(index.roadmaps.map((r) => [r.id, r.concepts])).toEqual([['r', ['a']]]);
    expect(index).toMatchObject({ conceptData: '/content/concepts/', graph: expect.stringMatching(/^\/content\/graph\.json\?v=/) });
    expect(index).not.toHaveProperty('concepts');
    await settle();
    expect(await graphIdsIn(middlewares, plugin)).toEqual(['a']);
    expect((await conceptDataIn(middlewares, plugin, 'a')).concept.title).toBe('A, saved while starting');
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
    expect((await conceptDataIn(middlewares, plugin, 'a')).concept.title).toBe('A fixed');
    expect(call(plugin, 'hotUpdate', { file: join(folder.dir, 'concepts/a.md') })).toEqual([]);
    expect(call(plugin, 'hotUpdate', { file: join(tmpdir(), 'x.ts') })).toBeUndefined();
  });
});

describe('contentPlugin updates in dev', () => {
  it('sends a patch, not the whole index, when a save changes only prose', async () => {
    const plugin = contentPlugin({ dir: folder.dir });
    const { server, sent, handlers, middlewares } = fakeServer();
    call(plugin, 'configResolved', { command: 'serve', base: '/' });
    await call(plugin, 'configureServer', server);
    const first = await indexIn(plugin);
    sent.length = 0;
    handlers.get('change')!(folder.write('concepts/a.md', `${concept('A')}More prose.\n`));
    await settle();
    // A concept's body travels in its data file, not the index: the patch names it as changed only.
    const prose = sent.find((p) => p.event === CONTENT_UPDATE_EVENT)!;
    expect(prose.data).toEqual({ patch: { bodies: {}, diagnostics: [] }, changed: ['concepts/a'] });
    expect((await conceptDataIn(middlewares, plugin, 'a')).body.html).toContain('More prose.');
    expect((await indexIn(plugin)).graph).toBe(first.graph);
    sent.length = 0;
    handlers.get('change')!(folder.write('concepts/a.md', concept('A, retitled')));
    await settle();
    const retitled = sent.find((p) => p.event === CONTENT_UPDATE_EVENT)!;
    expect(retitled.data).toMatchObject({ index: { roadmaps: [{ id: 'r' }] }, changed: ['concepts/a'] });
    // The whole index, with a new graph URL: the titles in the graph changed.
    const { index } = retitled.data as { index: ContentIndex };
    expect(index.graph).not.toBe(first.graph);
    const graph = await requestJson<GraphData>(middlewares[0] as Middleware, index.graph);
    expect(graph.nodes.map((n) => n.t)).toEqual(['A, retitled']);
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
  it('serves the app without content and names the folder, then picks it up once created', async () => {
    const absent = join(folder.dir, 'later');
    const plugin = contentPlugin({ dir: absent });
    const { server, sent, logged, middlewares } = fakeServer();
    call(plugin, 'configResolved', { command: 'serve', base: '/' });
    await call(plugin, 'configureServer', server);
    expect((await indexIn(plugin)).roadmaps).toEqual([]);
    expect(await graphIdsIn(middlewares, plugin)).toEqual([]);
    // Requests go on to Vite, which serves the app: no error handed on, so no HTTP 500.
    expect(await request(middlewares[0] as Middleware, '/content/concepts/a.json')).toMatchObject({ passed: true, handedOn: undefined });
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
    expect((await indexIn(plugin)).roadmaps.map((r) => r.id)).toEqual(['r']);
    expect(await graphIdsIn(middlewares, plugin)).toEqual(['a']);
    expect((await conceptDataIn(middlewares, plugin, 'a')).concept.title).toBe('A');
  });

  it('empties the app and shows the overlay when the folder is deleted, and recovers when it returns', async () => {
    const plugin = contentPlugin({ dir: folder.dir });
    const { server, sent, handlers, logged, middlewares } = fakeServer();
    call(plugin, 'configResolved', { command: 'serve', base: '/' });
    await call(plugin, 'configureServer', server);
    await indexIn(plugin);
    await settle();
    sent.length = 0;
    rmSync(folder.dir, { recursive: true, force: true });
    handlers.get('unlink')!(join(folder.dir, 'concepts/a.md'));
    handlers.get('unlinkDir')!(folder.dir);
    await settle();
    expect((await indexIn(plugin)).roadmaps).toEqual([]);
    expect(await graphIdsIn(middlewares, plugin)).toEqual([]);
    expect((await request(middlewares[0] as Middleware, '/content/concepts/a.json')).passed).toBe(true);
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
