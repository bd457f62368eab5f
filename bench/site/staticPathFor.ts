/** Which file a static host sends for a request path, and with which status. */
export interface StaticAnswer {
  /** Path of the file relative to the site folder, without a leading slash. */
  readonly file: string;
  readonly status: 200 | 404;
}

// Status 200, as a host with a single-page-app rewrite answers (Netlify's `/* /404.html 200`).
// GitHub Pages answers 404, which Chromium renders the same but Lighthouse refuses to audit, and
// plan pages are always answered by the fallback.
const FALLBACK: StaticAnswer = { file: '404.html', status: 200 };
const REFUSED: StaticAnswer = { file: '404.html', status: 404 };

/**
 * How a static host (GitHub Pages, Netlify) maps a request path onto a built site: the file itself,
 * `X.html` for `/X`, `X/index.html` for `/X/`, and `404.html` for anything else, so open-ended
 * URLs such as plans reach the app through its fallback page. `exists` says whether a
 * site-relative file exists; paths that climb out of the site are never looked up.
 */
export function staticPathFor(pathname: string, exists: (file: string) => boolean): StaticAnswer {
  let path: string;
  try {
    path = decodeURIComponent(pathname.split(/[?#]/, 1)[0]!);
  } catch {
    return REFUSED;
  }
  const parts = path.split('/').filter(Boolean);
  if (parts.some((p) => p === '..' || p === '.' || p.includes('\\'))) return REFUSED;
  const file = parts.join('/');
  const candidates = path.endsWith('/') ? [`${file}${file ? '/' : ''}index.html`] : [file, `${file}.html`, `${file}/index.html`];
  for (const candidate of candidates) if (candidate && exists(candidate)) return { file: candidate, status: 200 };
  return FALLBACK;
}
