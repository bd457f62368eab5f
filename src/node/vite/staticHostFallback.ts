import { existsSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join } from 'node:path';
import { withoutBase } from '../../core/route';

/**
 * `vite preview` answering like a static host (GitHub Pages, Netlify): a page is its `.html` file;
 * an address with no file (a plan) gets `404.html`, the app's shell, rather than Vite's fallback to
 * `index.html`, which is the prerendered home page. `outDir` is the build folder.
 */
export function staticHostFallback(outDir: string, base: string) {
  return (req: IncomingMessage, _res: ServerResponse, next: () => void): void => {
    const [path = '/', query] = (req.url ?? '/').split('?', 2);
    const accepts = req.headers.accept ?? '';
    if ((req.method !== 'GET' && req.method !== 'HEAD') || !accepts.includes('text/html')) return next();
    const inside = withoutBase(path, base);
    if (inside === undefined || inside === '/' || /\.[a-z0-9]+$/i.test(inside)) return next();
    let page: string;
    try {
      page = decodeURIComponent(inside).replace(/\/$/, '');
    } catch {
      return next();
    }
    if (!existsSync(join(outDir, `${page}.html`)) && !existsSync(join(outDir, page, 'index.html'))) {
      req.url = `${base}/404.html${query ? `?${query}` : ''}`;
    }
    next();
  };
}
