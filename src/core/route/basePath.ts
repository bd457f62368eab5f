/**
 * The site's base path in the form the app joins to its own paths: empty at the root, `/course`
 * under a sub-path (Vite's `base`, such as `/course/`, without its final slash). Undefined for a
 * base that is not an absolute path (`./`): page addresses such as `/concepts/x` need one.
 */
export function toBasePath(base: string): string | undefined {
  if (!base.startsWith('/') || base.startsWith('//')) return undefined;
  const trimmed = base.replace(/\/+$/, '');
  return /^(?:\/[A-Za-z0-9._~!$&'()*+,;=:@%-]+)*$/.test(trimmed) ? trimmed : undefined;
}

/** A path of the app (`/concepts/x?q`) as the browser addresses it under `base`. */
export function withBase(path: string, base: string): string {
  return base + path;
}

/**
 * The app path of a path the browser shows (`/course/concepts/x` → `/concepts/x`), or undefined
 * when it is outside `base`.
 */
export function withoutBase(path: string, base: string): string | undefined {
  if (base === '') return path;
  if (path === base) return '/';
  const rest = path.slice(base.length);
  return path.startsWith(base) && /^[/?#]/.test(rest) ? rest.replace(/^(?=[?#])/, '/') : undefined;
}
