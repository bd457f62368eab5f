import { createReadStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import type { ServerResponse } from 'node:http';
import { join } from 'node:path';
import { assetKind, sanitiseSvg } from '../../core/assets';

// For an SVG opened by URL: no script runs even if one slipped past the sanitiser, and `sandbox`
// gives the document an origin of its own, away from the learners' stored progress.
const SVG_POLICY = "default-src 'none'; img-src 'self' data:; style-src 'unsafe-inline'; script-src 'none'; sandbox";

function notFound(res: ServerResponse): void {
  res.statusCode = 404;
  res.end();
}

/**
 * Answers a dev request for the asset `path` (content-relative, `listed` when the content folder
 * has it) and returns true, or returns false to let the request go on. Documents (HTML, XML) get
 * 404 even when the file exists, and so do unlisted SVGs: passing them on would let Vite serve
 * the raw file from its root. Listed SVGs are sanitised on every request (dev only: the build
 * publishes them sanitised), with `SVG_POLICY`; other listed files are streamed as they are.
 */
export function serveAsset(res: ServerResponse, dir: string, path: string, listed: boolean, type: string): boolean {
  const kind = assetKind(path);
  if (kind === 'document' || (kind === 'svg' && !listed)) {
    notFound(res);
    return true;
  }
  if (!listed) return false;
  res.setHeader('Content-Type', type);
  res.setHeader('Cache-Control', 'no-cache');
  res.setHeader('X-Content-Type-Options', 'nosniff');
  if (kind === 'svg') {
    res.setHeader('Content-Security-Policy', SVG_POLICY);
    readFile(join(dir, path), 'utf8')
      .then((text) => res.end(sanitiseSvg(text).svg))
      .catch(() => notFound(res));
    return true;
  }
  createReadStream(join(dir, path))
    .on('error', () => notFound(res))
    .pipe(res);
  return true;
}
