/**
 * What a link in a body points at, worked out from the link alone (before knowing which concepts
 * exist). Internal targets carry the id or content-relative path; `hash` keeps any `#fragment`.
 */
export type LinkTarget =
  | { readonly kind: 'concept' | 'roadmap' | 'course'; readonly id: string; readonly hash: string }
  | { readonly kind: 'file'; readonly path: string; readonly hash: string }
  | { readonly kind: 'outside' }
  | { readonly kind: 'external' }
  | { readonly kind: 'anchor' }
  | { readonly kind: 'site' }
  | { readonly kind: 'unsafe'; readonly scheme: string };

const SCHEME = /^([a-z][a-z0-9+.-]*):/i;
const UNSAFE_SCHEMES = new Set(['javascript', 'vbscript', 'data']);
const SECTION_PATH = /^(concepts|roadmaps|courses)\/([^/]+)\.md$/;
const APP_PATH = /^\/(concepts|roadmaps|courses)\/([^/]+?)\/?$/;
const KIND = { concepts: 'concept', roadmaps: 'roadmap', courses: 'course' } as const;

/**
 * Classifies `href` as written in the file at content-relative `from`. Link forms: `[[id]]` (pass
 * `wiki`), a bare id `[text](id)`, a relative path (`./id.md`, `../concepts/id.md`,
 * `../assets/x.svg`), an app path (`/concepts/id`), `#anchor`, or an absolute URL. Images never
 * read a bare name as a concept id.
 */
export function classifyHref(href: string, from: string, mode: 'link' | 'wiki' | 'image' = 'link'): LinkTarget {
  const [path, hash] = splitHash(href.trim());
  if (mode === 'wiki') return { kind: 'concept', id: path.trim(), hash };
  // Browsers ignore control characters and spaces inside a scheme (`java\tscript:`): so do we.
  const squashed = href.replace(/[\p{Cc}\s]/gu, '').toLowerCase();
  const scheme = SCHEME.exec(squashed)?.[1];
  if (scheme !== undefined) {
    if (UNSAFE_SCHEMES.has(scheme)) return { kind: 'unsafe', scheme };
    return { kind: 'external' };
  }
  if (href.trim().startsWith('//')) return { kind: 'external' };
  if (path === '') return { kind: 'anchor' };
  const decoded = safeDecode(path.split('?')[0]!);
  if (decoded.startsWith('/')) {
    const app = APP_PATH.exec(decoded);
    if (app) return { kind: KIND[app[1] as keyof typeof KIND], id: app[2]!, hash };
    if (decoded.startsWith('/content/')) return { kind: 'file', path: decoded.slice('/content/'.length), hash };
    return { kind: 'site' };
  }
  if (mode === 'link' && !decoded.includes('/') && !decoded.includes('.')) return { kind: 'concept', id: decoded, hash };
  const resolved = resolvePath(from, decoded);
  if (resolved === undefined) return { kind: 'outside' };
  const section = SECTION_PATH.exec(resolved);
  if (section && mode === 'link') return { kind: KIND[section[1] as keyof typeof KIND], id: section[2]!, hash };
  return { kind: 'file', path: resolved, hash };
}

function splitHash(href: string): [string, string] {
  const at = href.indexOf('#');
  return at === -1 ? [href, ''] : [href.slice(0, at), href.slice(at)];
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** `relative` resolved against the folder of content-relative `from`; undefined if it leaves the folder. */
export function resolvePath(from: string, relative: string): string | undefined {
  const parts = from.split('/').slice(0, -1);
  for (const part of relative.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') {
      if (parts.length === 0) return undefined;
      parts.pop();
    } else {
      parts.push(part);
    }
  }
  return parts.join('/');
}
