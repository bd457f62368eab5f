import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentMiddleware } from '../../../src/node/vite/contentMiddleware';
import { createContentService, type ContentService } from '../../../src/node/dev/ContentService';

let dir: string;
let service: ContentService;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'content-middleware-'));
  mkdirSync(join(dir, 'concepts'));
  mkdirSync(join(dir, 'assets'));
  writeFileSync(join(dir, 'concepts/a.md'), '---\ntitle: A\nsummary: S.\n---\n## Hello\n');
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
function get(url: string, over = service): Promise<{ passed: boolean; status: number; headers: Record<string, unknown>; body: string }> {
  return new Promise((resolve) => {
    const headers: Record<string, unknown> = {};
    const chunks: Buffer[] = [];
    const res = new Writable({
      write(chunk, _encoding, done) {
        chunks.push(Buffer.from(chunk));
        done();
      },
    }) as unknown as ServerResponse & { statusCode: number };
    res.statusCode = 200;
    res.setHeader = ((name: string, value: unknown) => ((headers[name.toLowerCase()] = value), res)) as ServerResponse['setHeader'];
    const end = res.end.bind(res);
    res.end = ((chunk?: unknown) => {
      if (chunk) chunks.push(Buffer.from(chunk as string));
      end();
      resolve({ passed: false, status: res.statusCode, headers, body: Buffer.concat(chunks).toString() });
      return res;
    }) as ServerResponse['end'];
    (res as unknown as Writable).on('finish', () =>
      resolve({ passed: false, status: res.statusCode, headers, body: Buffer.concat(chunks).toString() }),
    );
    contentMiddleware(over)({ url, method: 'GET' } as IncomingMessage, res, () => resolve({ passed: true, status: 0, headers, body: '' }));
  });
}

describe('contentMiddleware', () => {
  it('serves under the site base, with or without the base still on the URL', async () => {
    const under = createContentService(dir, '/course');
    await under.start();
    const url = under.index().bodies['concepts/a']!;
    expect(url).toMatch(/^\/course\/content\/concepts\/a\.v[0-9a-z]+\.json$/);
    expect(JSON.parse((await get(url, under)).body)).toEqual({
      html: '<h2 id="hello">Hello</h2>',
      links: [],
      headings: [{ id: 'hello', text: 'Hello', depth: 2 }],
    });
    expect((await get('/course/content/assets/fig.svg', under)).headers['content-type']).toBe('image/svg+xml');
    expect((await get('/content/assets/fig.svg', under)).headers['content-type']).toBe('image/svg+xml');
    expect((await get('/other/content/assets/fig.svg', under)).passed).toBe(true);
  });

  it('renders a body on request, whatever version its URL names', async () => {
    const url = service.index().bodies['concepts/a']!;
    const response = await get(url);
    expect(response.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(JSON.parse(response.body)).toEqual({
      html: '<h2 id="hello">Hello</h2>',
      links: [],
      headings: [{ id: 'hello', text: 'Hello', depth: 2 }],
    });
    expect((await get('/content/concepts/a.old.json')).body).toBe(response.body);
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

  it('passes on everything else: unknown bodies, content files, traversal, other paths', async () => {
    for (const url of [
      '/content/concepts/zz.v1.json',
      '/content/concepts/a.md',
      '/content/../secret.txt',
      '/content/%2e%2e/secret.txt',
      '/src/main.tsx',
    ]) {
      expect((await get(url)).passed, url).toBe(true);
    }
  });
});
