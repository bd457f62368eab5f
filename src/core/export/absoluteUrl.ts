/**
 * `path` (starting with `/`) on the site at `origin` (`https://example.org`, or with a base path
 * such as `https://example.org/roadmaps`). A trailing slash on `origin` is ignored.
 */
export function absoluteUrl(origin: string, path: string): string {
  return origin.replace(/\/+$/, '') + path;
}
