import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import { contentPlugin } from '../../../src/node/vite/vitePlugin';
import { call, concept, type Hook, useContentFolder } from './pluginHarness';

const folder = useContentFolder();

describe('contentPlugin in a build', () => {
  it('emits hashed body JSON and assets, and fails on content errors', async () => {
    folder.write('assets/x.svg', '<svg/>');
    const plugin = contentPlugin({ dir: folder.dir });
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
    folder.write('concepts/lonely.md', concept('Lonely'));
    const warned = contentPlugin({ dir: folder.dir });
    call(warned, 'configResolved', { command: 'build', base: '/' });
    await (warned.buildStart as Hook).call(context);
    expect(warnings).toEqual([expect.stringMatching(/concepts\/lonely\.md:1:1 warning .*\[orphan\]/)]);
    const shipped = (await call(warned, 'load', '\0virtual:content')) as { code: string };
    expect(JSON.parse(JSON.parse(/JSON\.parse\((.*)\);/.exec(shipped.code)![1]!)).diagnostics).toEqual([]);

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
    await call(plugin, 'buildApp');
    expect(logged).toEqual([
      expect.stringMatching(/^warn .*concepts\/lonely\.md:1:1 warning .*\[orphan\]\n⚠ content has 0 errors and 1 warning in 1 file$/),
    ]);
    const warnings: string[] = [];
    const emitted: unknown[] = [];
    await (plugin.buildStart as Hook).call({ emitFile: (f: unknown) => emitted.push(f), warn: (m: string) => warnings.push(m) });
    expect(warnings).toEqual([]);
    expect(emitted).toHaveLength(3);

    folder.write('concepts/b.md', concept('B', 'prerequisites: [b]\n'));
    const failing = contentPlugin({ dir: folder.dir });
    call(failing, 'configResolved', { command: 'build', base: '/', logger });
    const error = (await (call(failing, 'buildApp') as Promise<unknown>).catch((e: unknown) => e)) as Error;
    expect(logged[1]).toMatch(/\n.*concepts\/b\.md:4:17 error .*\[self-prerequisite\]\n.*concepts\/lonely\.md:1:1 warning .*\[orphan\]$/);
    expect(inspect(error)).toBe('✖ content has 1 error and 2 warnings in 2 files; the build stopped: fix the errors above.');
  });

  it('serves under a base: body URLs and links start with it', async () => {
    folder.write('assets/x.svg', '<svg/>');
    folder.write('concepts/a.md', concept('A') + '\n![Figure](../assets/x.svg) and [[a]]\n');
    const plugin = contentPlugin({ dir: folder.dir });
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
