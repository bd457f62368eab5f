import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveStatic, type StaticServer } from '../../bench/site/serveStatic';

/** A GET that keeps the body as sent (fetch would decompress it and hide the encoding). */
function get(url: string, gzip: boolean): Promise<{ status: number; headers: Record<string, unknown>; body: Buffer }> {
  return new Promise((done, fail) => {
    request(url, { headers: gzip ? { 'accept-encoding': 'gzip, deflate' } : {} }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => done({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    })
      .on('error', fail)
      .end();
  });
}

describe('serveStatic', () => {
  let dir: string;
  let server: StaticServer;
  const page = `<!doctype html><title>Backprop</title>${'<p>text</p>'.repeat(200)}`;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'serve-static-'));
    await mkdir(join(dir, 'concepts'));
    await writeFile(join(dir, 'concepts', 'backprop.html'), page);
    await writeFile(join(dir, '404.html'), '<!doctype html><title>App</title>');
    await writeFile(join(dir, 'font.woff2'), Buffer.from([1, 2, 3]));
    server = await serveStatic(dir);
  });
  afterAll(async () => {
    await server?.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('gzips text for clients that accept it, and only for them', async () => {
    const zipped = await get(`${server.origin}/concepts/backprop`, true);
    expect(zipped.status).toBe(200);
    expect(zipped.headers['content-encoding']).toBe('gzip');
    expect(zipped.headers['content-type']).toMatch(/^text\/html/);
    expect(zipped.body.length).toBeLessThan(page.length / 4);
    expect(gunzipSync(zipped.body).toString()).toBe(page);
    const plain = await get(`${server.origin}/concepts/backprop`, false);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.toString()).toBe(page);
  });

  it('sends binary files as they are, and the fallback page for unknown paths', async () => {
    const font = await get(`${server.origin}/font.woff2`, true);
    expect(font.headers['content-encoding']).toBeUndefined();
    expect([...font.body]).toEqual([1, 2, 3]);
    const plan = await get(`${server.origin}/plan/v1/backprop`, false);
    expect(plan.body.toString()).toContain('<title>App</title>');
  });
});
