import { inspect } from 'node:util';
import { describe, expect, it, vi } from 'vitest';
import type { ConceptData, ContentIndex } from '../../../src/core/model';
import type { GraphData } from '../../../src/core/graph';
import type { SearchData } from '../../../src/core/search';
import { contentPlugin } from '../../../src/node/vite/vitePlugin';
import { call, concept, type Hook, useContentFolder } from './pluginHarness';

const folder = useContentFolder();

type Emitted = { fileName: string; source: string | Uint8Array };
/** The parsed JSON of the emitted file whose name `name` matches. */
const emittedJson = <T>(emitted: readonly Emitted[], name: RegExp): T =>
  JSON.parse(String(emitted.find((f) => name.test(f.fileName))!.source)) as T;
const indexOf = (code: string) => JSON.parse(JSON.parse(/JSON\.parse\((.*)\);/.exec(code)![1]!)) as ContentIndex;

describe('contentPlugin in a build', () => {
  it('emits concept data, graph, search, hashed body JSON and assets, and fails on content errors', async () => {
    folder.write('assets/x.svg', '<svg/>');
    const plugin = contentPlugin({ dir: folder.dir });
    call(plugin, 'configResolved', { command: 'build', base: '/' });
    const emitted: Emitted[] = [];
    const warnings: string[] = [];
    const context = {
      emitFile: (f: Emitted) => emitted.push(f),
      warn: (m: string) => warnings.push(m),
      error: (m: string) => {
        throw new Error(m);
      },
    };
    await (plugin.buildStart as Hook).call(context);
    expect(emitted.map((f) => f.fileName).sort()).toEqual([
      'content/assets/x.svg',
      // Unhashed: a concept page finds its data by id alone.
      'content/concepts/a.json',
      expect.stringMatching(/^content\/graph\.[0-9a-f]{10}\.json$/),
      expect.stringMatching(/^content\/roadmaps\/r\.[0-9a-f]{10}\.json$/),
      expect.stringMatching(/^content\/search\.[0-9a-f]{10}\.json$/),
    ]);
    expect(warnings).toEqual([]);
    const { code } = (await call(plugin, 'load', '\0virtual:content')) as { code: string };
    const index = indexOf(code);
    const named = (pattern: RegExp) => `/${emitted.find((f) => pattern.test(f.fileName))!.fileName}`;
    expect(index).toMatchObject({
      graph: named(/^content\/graph\./),
      search: named(/^content\/search\./),
      conceptData: '/content/concepts/',
      bodies: { 'roadmaps/r': named(/^content\/roadmaps\/r\./) },
    });
    // The boot index names no concept body; each concept's data file carries its own.
    expect(Object.keys(index.bodies)).toEqual(['roadmaps/r']);
    expect(code).not.toContain('Body of A');
    const data = emittedJson<ConceptData>(emitted, /^content\/concepts\/a\.json$/);
    expect(data).toMatchObject({ concept: { id: 'a', title: 'A' }, neighbours: [], stats: { planSteps: 1, unlocksInAll: 0 } });
    expect(data.body.html).toContain('Body of A.');
    expect(emittedJson<GraphData>(emitted, /^content\/graph\./).nodes).toEqual([expect.objectContaining({ i: 'a', t: 'A' })]);
    expect(emittedJson<SearchData>(emitted, /^content\/search\./).ids).toEqual(['a']);

    // A warning is printed, not shipped: the index learners load carries no diagnostics.
    folder.write('concepts/lonely.md', concept('Lonely'));
    const warned = contentPlugin({ dir: folder.dir });
    call(warned, 'configResolved', { command: 'build', base: '/' });
    await (warned.buildStart as Hook).call(context);
    expect(warnings).toEqual([expect.stringMatching(/concepts\/lonely\.md:1:1 warning .*\[orphan\]/)]);
    const shipped = (await call(warned, 'load', '\0virtual:content')) as { code: string };
    expect(indexOf(shipped.code).diagnostics).toEqual([]);

    folder.write('concepts/b.md', concept('B', 'prerequisites: [b]\n'));
    const failing = contentPlugin({ dir: folder.dir });
    call(failing, 'configResolved', { command: 'build', base: '/' });
    await expect((failing.buildStart as Hook).call(context)).rejects.toThrow(/concepts\/b\.md:4:17 error .*\[self-prerequisite\]/);
  });

  it('reports the content before Rolldown starts, once, and fails with a message and no stack trace', async () => {
    folder.write('concepts/lonely.md', concept('Lonely'));
    const logged: string[] = [];
    const logger = { warn: (m: string) => logged.push(`warn ${m}`), error: (m: string) => logged.push(`error ${m}`) };
    const plugin = contentPlugin({ dir: folder.dir });
    call(plugin, 'configResolved', { command: 'build', base: '/', logger });
    // Builds the client after reporting; a build that made no content (this fake) prerenders nothing.
    const client = { config: { root: folder.dir, build: { outDir: 'dist' } } };
    const builder = { environments: { client }, build: vi.fn(async () => {}) };
    await call(plugin, 'buildApp', builder);
    expect(builder.build.mock.calls).toEqual([[client]]);
    expect(logged).toEqual([
      expect.stringMatching(/^warn .*concepts\/lonely\.md:1:1 warning .*\[orphan\]\n⚠ content has 0 errors and 1 warning in 1 file$/),
    ]);
    // `buildStart` emits the content compiled by `buildApp`, and does not report it again.
    const warnings: string[] = [];
    const emitted: Emitted[] = [];
    await (plugin.buildStart as Hook).call({ emitFile: (f: Emitted) => emitted.push(f), warn: (m: string) => warnings.push(m) });
    expect(warnings).toEqual([]);
    expect(emitted.map((f) => f.fileName).sort()).toEqual([
      'content/concepts/a.json',
      'content/concepts/lonely.json',
      expect.stringMatching(/^content\/graph\./),
      expect.stringMatching(/^content\/roadmaps\/r\./),
      expect.stringMatching(/^content\/search\./),
    ]);

    folder.write('concepts/b.md', concept('B', 'prerequisites: [b]\n'));
    const failing = contentPlugin({ dir: folder.dir });
    call(failing, 'configResolved', { command: 'build', base: '/', logger });
    const error = (await (call(failing, 'buildApp', builder) as Promise<unknown>).catch((e: unknown) => e)) as Error;
    expect(builder.build).toHaveBeenCalledTimes(1);
    expect(logged[1]).toMatch(/\n.*concepts\/b\.md:4:17 error .*\[self-prerequisite\]\n.*concepts\/lonely\.md:1:1 warning .*\[orphan\]$/);
    expect(inspect(error)).toBe('✖ content has 1 error and 2 warnings in 2 files; the build stopped: fix the errors above.');
  });

  it('serves under a base: data, body URLs and links start with it', async () => {
    folder.write('assets/x.svg', '<svg/>');
    folder.write('concepts/a.md', concept('A') + '\n![Figure](../assets/x.svg) and [[a]]\n');
    const plugin = contentPlugin({ dir: folder.dir });
    call(plugin, 'configResolved', { command: 'build', base: '/course/' });
    const emitted: Emitted[] = [];
    const context = {
      emitFile: (f: Emitted) => emitted.push(f),
      warn: () => {},
      error: (m: string) => {
        throw new Error(m);
      },
    };
    await (plugin.buildStart as Hook).call(context);
    const { code } = (await call(plugin, 'load', '\0virtual:content')) as { code: string };
    const index = indexOf(code);
    expect(index.bodies['roadmaps/r']).toMatch(/^\/course\/content\/roadmaps\/r\.[0-9a-f]{10}\.json$/);
    expect(index.graph).toMatch(/^\/course\/content\/graph\.[0-9a-f]{10}\.json$/);
    expect(index.search).toMatch(/^\/course\/content\/search\.[0-9a-f]{10}\.json$/);
    expect(index.conceptData).toBe('/course/content/concepts/');
    const { body } = emittedJson<ConceptData>(emitted, /^content\/concepts\/a\.json$/);
    expect(body.html).toContain('src="/course/content/assets/x.svg"');
    expect(body.html).toContain('href="/course/concepts/a"');
    expect(emittedJson<{ html: string }>(emitted, /^content\/roadmaps\/r\./).html).toContain('href="/course/concepts/a"');
  });

  it('copies the page to 404.html, so static hosts open deep links in the app', () => {
    const plugin = contentPlugin({ dir: folder.dir });
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

  it('writes robots.txt and, with siteUrl, sitemap.xml; the page gets the site’s title', async () => {
    const build = async (siteYaml: string) => {
      folder.write('site.yaml', siteYaml);
      const plugin = contentPlugin({ dir: folder.dir });
      call(plugin, 'configResolved', { command: 'build', base: '/course/' });
      await (plugin.buildStart as Hook).call({ emitFile: () => {}, warn: () => {}, error: () => {} });
      const emitted: { fileName: string; source: unknown }[] = [];
      (plugin.generateBundle as { handler: Hook }).handler.call({ emitFile: (f: (typeof emitted)[number]) => emitted.push(f) }, {}, {});
      const html = (plugin.transformIndexHtml as { handler: Hook }).handler('<head><title>Roadmaps</title></head>') as string;
      return { files: Object.fromEntries(emitted.map((f) => [f.fileName, String(f.source)])), html };
    };
    const withUrl = await build('title: ML notes\ndescription: Notes.\nsiteUrl: https://example.edu/\n');
    expect(withUrl.files['robots.txt']).toContain('Sitemap: https://example.edu/course/sitemap.xml');
    expect(withUrl.files['sitemap.xml']).toContain('<loc>https://example.edu/course/concepts/a</loc>');
    expect(withUrl.files['sitemap.xml']).toContain('<loc>https://example.edu/course/roadmaps/r</loc>');
    expect(withUrl.html).toContain('<title>ML notes</title>');
    expect(withUrl.html).toContain('<meta property="og:description" content="Notes." />');
    const without = await build('title: ML notes\n');
    expect(Object.keys(without.files)).toEqual(['robots.txt']);
    expect(without.files['robots.txt']).not.toContain('Sitemap');
  });

  it('refuses a relative base, saying what it needs', () => {
    const plugin = contentPlugin({ dir: folder.dir });
    expect(() => call(plugin, 'configResolved', { command: 'build', base: './' })).toThrow(
      /expected Vite's `base` to be an absolute path such as `\/` or `\/course\/`, found `\.\/`/,
    );
  });
});
