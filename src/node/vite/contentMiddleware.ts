import type { IncomingMessage, ServerResponse } from 'node:http';
import { withoutBase } from '../../core/route';
import type { ContentService } from '../dev/ContentService';
import { serveAsset } from './serveAsset';

const BODY_URL = /^\/content\/((?:roadmaps|courses)\/[a-z0-9]+(?:-[a-z0-9]+)*)\.[A-Za-z0-9_-]+\.json$/;
const CONCEPT_URL = /^\/content\/concepts\/([a-z0-9]+(?:-[a-z0-9]+)*)\.json$/;

/** Content types of the asset kinds content usually holds; anything else is served as bytes. */
export const ASSET_TYPES: Readonly<Record<string, string>> = {
  svg: 'image/svg+xml',
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  gif: 'image/gif',
  webp: 'image/webp',
  avif: 'image/avif',
  pdf: 'application/pdf',
  txt: 'text/plain; charset=utf-8',
  csv: 'text/csv; charset=utf-8',
  json: 'application/json',
};

/**
 * Dev middleware for `/content/...` (under the site's base): concepts' data files, the graph and
 * search files, roadmap and course body JSON (rendered on first request, then cached) and the
 * asset files that exist in the content folder (only those: no path is read that is not listed;
 * SVGs sanitised, HTML and XML never: see `serveAsset`).
 * Responses are `no-cache`: versions in the URLs tell clients what changed.
 */
export function contentMiddleware(service: ContentService) {
  return (req: IncomingMessage, res: ServerResponse, next: () => void): void => {
    const requested = (req.url ?? '').split('?')[0]!;
    // Under a base (`/course/content/…`), unless Vite has already taken it off.
    const url = withoutBase(requested, service.base) ?? requested;
    if (!url.startsWith('/content/') || (req.method !== 'GET' && req.method !== 'HEAD')) return next();
    const json = (value: unknown) => {
      res.setHeader('Content-Type', 'application/json; charset=utf-8');
      res.setHeader('Cache-Control', 'no-cache');
      res.end(JSON.stringify(value));
    };
    const bodyMatch = BODY_URL.exec(url);
    if (bodyMatch) {
      const body = service.body(bodyMatch[1]!);
      return body ? json(body) : next();
    }
    const conceptMatch = CONCEPT_URL.exec(url);
    if (conceptMatch) {
      const data = service.conceptData(conceptMatch[1]!);
      return data ? json(data) : next();
    }
    if (url === '/content/graph.json') return json(service.graphData());
    if (url === '/content/search.json') return json(service.searchData());
    let path: string;
    try {
      path = decodeURIComponent(url.slice('/content/'.length));
    } catch {
      return next();
    }
    const extension = path.slice(path.lastIndexOf('.') + 1).toLowerCase();
    const type = ASSET_TYPES[extension] ?? 'application/octet-stream';
    if (!serveAsset(res, service.dir, path, service.hasAsset(path), type)) next();
  };
}
