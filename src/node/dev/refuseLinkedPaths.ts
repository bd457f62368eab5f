import { realpathSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join } from 'node:path';
import { withoutBase } from '../../core/route';

type Middleware = (req: IncomingMessage, res: ServerResponse, next: () => void) => void;

/** What `refuseLinkedPaths` needs of the content service. */
interface ContentFolder {
  readonly dir: string;
  readonly base: string;
}

/**
 * True when `/content/<path>` names something in folder `dir` reached through a symbolic link
 * (or through `..`): its real path is not the folder's real path joined with `path`.
 */
export function reachedThroughLink(dir: string, path: string): boolean {
  let real: string;
  try {
    real = realpathSync(join(dir, path));
  } catch {
    return false;
  }
  return real !== join(realpathSync(dir), path);
}

/**
 * Wraps the content middleware so that a `/content/…` request it passes on is answered 404 when
 * the path goes through a symbolic link in the content folder: otherwise Vite would serve the
 * file from its root, following the link, to wherever it points.
 */
export function refuseLinkedPaths(folder: ContentFolder, middleware: Middleware): Middleware {
  return (req, res, next) =>
    middleware(req, res, () => {
      const requested = (req.url ?? '').split('?')[0]!;
      const url = withoutBase(requested, folder.base) ?? requested;
      let path: string | undefined;
      try {
        path = url.startsWith('/content/') ? decodeURIComponent(url.slice('/content/'.length)) : undefined;
      } catch {
        path = undefined;
      }
      if (path === undefined || !reachedThroughLink(folder.dir, path)) return next();
      res.statusCode = 404;
      res.end();
    });
}
