import type { Route } from './Route';

/** Longest path the router looks at; anything longer is a 404 rather than work. */
const MAX_PATH = 4096;

/** Percent-decodes one path segment; a malformed escape yields `undefined` instead of throwing. */
function decodeSegment(segment: string): string | undefined {
  try {
    return decodeURIComponent(segment);
  } catch {
    return undefined;
  }
}

/**
 * Parses a location's `pathname` and `search` into a `Route`. Never throws: anything it does not
 * recognise (including malformed escapes and overlong paths) is `not-found` with the raw path.
 * A trailing slash is ignored, so `/about/` is `/about`.
 */
export function parseRoute(pathname: string, search = ''): Route {
  const notFound: Route = { kind: 'not-found', path: pathname };
  if (pathname.length > MAX_PATH || !pathname.startsWith('/')) return notFound;
  const trimmed = pathname.length > 1 ? pathname.replace(/\/+$/, '') : pathname;
  const query = search && !search.startsWith('?') ? `?${search}` : search;
  const raw = trimmed.split('/').slice(1);
  const segments: string[] = [];
  for (const part of raw) {
    const decoded = decodeSegment(part);
    if (decoded === undefined) return notFound;
    segments.push(decoded);
  }
  const [head, second, third] = segments;
  const count = trimmed === '/' ? 0 : segments.length;

  if (count === 0) return { kind: 'home' };
  if (count === 1) {
    if (head === 'settings') return { kind: 'settings' };
    if (head === 'about') return { kind: 'about' };
    if (head === 'explore') return { kind: 'explore' };
    if (head === 'review') return { kind: 'review' };
    return notFound;
  }
  if (count === 2 && second) {
    if (head === 'roadmaps') return { kind: 'roadmap', id: second };
    if (head === 'concepts') return { kind: 'concept', id: second };
    if (head === 'courses') return { kind: 'course', id: second };
    if (head === 'plan' && second === 'new') return { kind: 'plan-new' };
  }
  // Plan URLs are versioned (`/plan/v1/…`); the planner owns everything after the prefix.
  if (head === 'plan' && second && count >= 2) return { kind: 'plan', url: trimmed + query };
  if (head === 'embed' && second === 'plan' && third && count >= 3) {
    return { kind: 'embed-plan', url: trimmed.slice('/embed'.length) + query };
  }
  if (head === 'check' && second === 'plan' && third && count >= 3) {
    return { kind: 'placement', url: trimmed.slice('/check'.length) + query };
  }
  return notFound;
}
