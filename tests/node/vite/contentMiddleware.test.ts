import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentMiddleware } from '../../../src/node/vite/contentMiddleware';
import { createContentService, type ContentService } from '../../../src/node/dev/ContentService';
import type { ConceptData } from '../../../src/core/model';
import type { GraphData } from '../../../src/core/graph';
import type { SearchData } from '../../../src/core/search';
import { request } from './middlewareRequest';

let dir: string;
let service: ContentService;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'content-middleware-'));
  mkdirSync(join(dir, 'concepts'));
  mkdirSync(join(dir, 'assets'));
  mkdirSync(join(dir, 'roadmaps'));
  writeFileSync(join(dir, 'concepts/a.md'), '---\ntitle: A\nsummary: S.\naliases: [alpha]\n---\n## Hello\n');
  writeFileSync(join(dir, 'roadmaps/r.md'), '---\ntitle: R\nsummary: S.\n---\n## Start\n\n[[a]]\n');
  writeFileSync(join(dir, 'assets/fig.svg'), '<svg/>');
  writeFileSync(join(dir, 'secret.txt'), 'no');
  writeFileSync(join(dir, 'assets/hostile.svg'), '<svg onload="alert(1)"><script>alert(2)</script><rect width="1" height="1"/></svg>');
  writeFileSync(join(dir, 'assets/page.html'), '<script>alert(3)</script>');
  mkdirSync(join(dir, '.hidden'));
  writeFileSync(join(dir, '.hidden/raw.svg'), '<svg onload="alert(4)"/>');
  service = createContentService(dir);
  await service.start();
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs the middleware on a GET and collects the response (or notes that it passed it on). */
const get = (url: string, over = service) => request(contentMiddleware(over), url);

const hello = { html: '<h2 id="hello">Hello</h2>', links: [], headings: [{ id: 'hello', text: 'Hello', depth: 2 }] };

describe('contentMiddleware', () => {
  it('serves under the site base, with or without the base still on the URL', async () => {
    const under = createContentService(dir, '/course');
    await under.start();
    const index = under.index();
    expect(index.conceptData).toBe('/course/content/concepts/');
    const data = JSON.parse((await get(`${index.conceptData}a.json`, under)).body) as ConceptData;
    expect(data.concept.id).toBe('a');
    expect(data.body).toEqual(hello);
    expect(JSON.parse((await get('/content/concepts/a.json', under)).body)).toEqual(data);
    expect(index.graph).toMatch(/^\/course\/content\/graph\.json\?v=[0-9a-z]+$/);
    expect((JSON.parse((await get(index.graph, under)).body) as GraphData).nodes.map((n) => n.i)).toEqual(['a']);
    expect(index.search).toMatch(/^\/course\/content\/search\.json\?v=[0-9a-z]+$/);
    expect((JSON.parse((await get(index.search, under)).body) as SearchData).ids).toEqual(['a']);
    const roadmap = index.bodies['roadmaps/r']!;
    expect(roadmap).toMatch(/^\/course\/content\/roadmaps\/r\.v[0-9a-z]+\.json$/);
    expect(JSON.parse((await get(roadmap, under)).body).html).toContain('href="/course/concepts/a"');
    expect((await get('/course/content/assets/fig.svg', under)).headers['content-type']).toBe('image/svg+xml');
    expect((await get('/content/assets/fig.svg', under)).headers['content-type']).toBe('image/svg+xml');
    expect((await get('/other/content/assets/fig.svg', under)).passed).toBe(true);
    expect((await get('/other/content/concepts/a.json', under)).passed).toBe(true);
  });

  it('renders a roadmap body on request, whatever version its URL names', async () => {
    const url = service.index().bodies['roadmaps/r']!;
    const response = await get(url);
    expect(response.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(response.headers['cache-control']).toBe('no-cache');
    const body = JSON.parse(response.body);
    expect(body.html).toContain('<h2 id="start">Start</h2>');
    expect(body.html).toContain('data-concept="a"');
    expect((await get('/content/roadmaps/r.old.json')).body).toBe(response.body);
  });

  it('serves each concept’s data file, the graph and the search index, as the service has them', async () => {
    const response = await get('/content/concepts/a.json');
    expect(response.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(response.headers['cache-control']).toBe('no-cache');
    const data = JSON.parse(response.body) as ConceptData;
    expect(data).toEqual(JSON.parse(JSON.stringify(service.conceptData('a'))));
    expect(data).toMatchObject({ concept: { id: 'a', title: 'A', aliases: ['alpha'] }, body: hello, neighbours: [] });
    const graph = await get('/content/graph.json?v=1');
    expect(graph.headers['cache-control']).toBe('no-cache');
    expect(JSON.parse(graph.body)).toEqual(JSON.parse(JSON.stringify(service.graphData())));
    expect((JSON.parse(graph.body) as GraphData).nodes).toEqual([expect.objectContaining({ i: 'a', t: 'A', a: ['alpha'] })]);
    const search = await get('/content/search.json?v=1');
    expect(search.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(JSON.parse(search.body)).toEqual(JSON.parse(JSON.stringify(service.searchData())));
    expect((JSON.parse(search.body) as SearchData).titles).toEqual(['A']);
  });

  it('serves assets that exist, with their type', async () => {
    const response = await get('/content/assets/fig.svg');
    expect(response.headers['content-type']).toBe('image/svg+xml');
    expect(response.body).toBe('<svg xmlns="http://www.w3.org/2000/svg"/>');
  });

  it('serves SVGs sanitised, under a policy that runs no script, and never a web page', async () => {
    const svg = await get('/content/assets/hostile.svg');
    expect(svg.body).toBe('<svg xmlns="http://www.w3.org/2000/svg"><rect width="1" height="1"/></svg>');
    expect(svg.headers['content-security-policy']).toMatch(/script-src 'none'.*sandbox/);
    expect(svg.headers['x-content-type-options']).toBe('nosniff');
    // The dev server's overlay shows the web page as an error.
    expect(service.state().diagnostics).toContainEqual(
      expect.objectContaining({ file: 'assets/page.html', severity: 'error', rule: 'unsafe-asset' }),
    );
    // Answered here, not passed on: Vite would serve the raw file from its root.
    for (const url of [
      '/content/assets/page.html',
      '/content/assets/PAGE.HTML',
      '/content/.hidden/raw.svg',
      '/content/assets/missing.xml',
    ]) {
      expect(await get(url), url).toMatchObject({ passed: false, status: 404, body: '' });
    }
  });

  it('passes on everything else: unknown ids and bodies, content files, traversal, other paths', async () => {
    for (const url of [
      // Unknown ids, an alias (data files are named by id only), concept body URLs of old.
      '/content/concepts/zz.json',
      '/content/concepts/alpha.json',
      '/content/concepts/a.v1.json',
      '/content/roadmaps/zz.v1.json',
      '/content/concepts/a.md',
      '/content/../secret.txt',
      '/content/%2e%2e/secret.txt',
      '/src/main.tsx',
    ]) {
      expect((await get(url)).passed, url).toBe(true);
    }
  });
});
