import { readFile, stat } from 'node:fs/promises';
import { statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { staticPathFor } from './staticPathFor';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml',
  '.webmanifest': 'application/manifest+json',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
};
const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.json', '.svg', '.txt', '.xml', '.webmanifest']);

/** A running static server: its origin (`http://127.0.0.1:PORT`) and how to stop it. */
export interface StaticServer {
  readonly origin: string;
  close(): Promise<void>;
}

/**
 * Serves the built site in `dir` the way a static host does (see `staticPathFor`), gzipping text
 * for clients that accept it. Compressed files are kept, as a host's cache would, so compression
 * time is not measured as page time.
 */
export async function serveStatic(dir: string): Promise<StaticServer> {
  const exists = (file: string) => {
    try {
      return statSync(join(dir, file)).isFile();
    } catch {
      return false;
    }
  };
  const gzipped = new Map<string, Buffer>();
  const server = createServer((req, res) => {
    void (async () => {
      const { file, status } = staticPathFor(new URL(req.url ?? '/', 'http://host').pathname, exists);
      const path = join(dir, file);
      if (!(await stat(path).catch(() => null))) {
        res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
        return;
      }
      const ext = extname(file);
      let body: Buffer = await readFile(path);
      const headers: Record<string, string> = { 'content-type': TYPES[ext] ?? 'application/octet-stream', 'cache-control': 'no-cache' };
      if (COMPRESSIBLE.has(ext) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
        let packed = gzipped.get(file);
        if (!packed) gzipped.set(file, (packed = gzipSync(body)));
        body = packed;
        headers['content-encoding'] = 'gzip';
        headers.vary = 'Accept-Encoding';
      }
      headers['content-length'] = String(body.length);
      res.writeHead(status, headers).end(req.method === 'HEAD' ? undefined : body);
    })().catch((error: unknown) => res.writeHead(500).end(String(error)));
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('site: the static server has no port');
  return {
    origin: `http://127.0.0.1:${address.port}`,
    close: () => new Promise((done) => server.close(() => done())),
  };
}
