import type { VitePWAOptions } from 'vite-plugin-pwa';

type RuntimeCaching = NonNullable<VitePWAOptions['workbox']['runtimeCaching']>[number];

/**
 * What the service worker installs up front: the app shell only (code, styles, the math fonts
 * in the format every current browser uses, the home page and the unrendered app, `404.html`).
 * The plugin adds the manifest and its icons. Pages and content data are never listed, so the
 * precache stays the same size at 10,000 concepts as at 10.
 */
export const SHELL_FILES: readonly string[] = ['index.html', '404.html', 'assets/**/*.{js,css,woff2}'];

/** The page served for a navigation that fails and was never cached: the unrendered app. */
export const SHELL_FALLBACK = '404.html';

// Workbox tests a RegExp route against the whole URL; the base is fixed at build time, the
// origin is not, so any origin is allowed before it.
const ORIGIN = '^[a-z][a-z0-9+.-]*://[^/]+';
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Matches a URL of a file under `<base><folder>` whose path ends with `ending` (a RegExp source). */
function under(base: string, folder: string, ending: string): RegExp {
  return new RegExp(`${ORIGIN}${escapeRegExp(base)}${folder}[^?#]*${ending}(?:[?#].*)?$`);
}

/**
 * How the service worker caches what the learner opens, under the base `base` (`/` or
 * `/course/`). Rules are tried in order; the first that matches serves the request. Matched by
 * folder and extension only, so the rules hold whatever the build names its data files.
 */
export function runtimeCaching(base: string): RuntimeCaching[] {
  return [
    {
      // Pages: the network first, so a deploy shows at once; the copy saved on the last visit
      // after 3 s or offline; for an address never saved (a plan link), the app shell, which
      // renders any route from the cached data.
      urlPattern: ({ request }) => request.mode === 'navigate',
      handler: 'NetworkFirst',
      options: {
        cacheName: 'pages',
        networkTimeoutSeconds: 3,
        expiration: { maxEntries: 300, purgeOnQuotaError: true },
        precacheFallback: { fallbackURL: SHELL_FALLBACK },
      },
    },
    {
      // A name carrying its content hash never changes: once cached, it is used as is.
      urlPattern: under(base, 'content/', '\\.[0-9a-f]{10}\\.json'),
      handler: 'CacheFirst',
      options: {
        cacheName: 'content-hashed',
        expiration: { maxEntries: 2000, purgeOnQuotaError: true },
        cacheableResponse: { statuses: [200] },
      },
    },
    {
      // Data under a fixed name (a concept's own file) may change with a deploy: shown from the
      // cache at once, refreshed behind it for the next visit.
      urlPattern: under(base, 'content/', '\\.json'),
      handler: 'StaleWhileRevalidate',
      options: {
        cacheName: 'content-data',
        expiration: { maxEntries: 2000, purgeOnQuotaError: true },
        cacheableResponse: { statuses: [200] },
      },
    },
    {
      // Images and other files linked from bodies.
      urlPattern: under(base, 'content/', ''),
      handler: 'StaleWhileRevalidate',
      options: {
        cacheName: 'content-files',
        expiration: { maxEntries: 300, purgeOnQuotaError: true },
        cacheableResponse: { statuses: [200] },
      },
    },
    {
      // Built files the precache leaves out (older font formats, a chunk over the precache's size
      // limit): hashed names, so the first copy stays good.
      urlPattern: under(base, 'assets/', ''),
      handler: 'CacheFirst',
      options: {
        cacheName: 'app-files',
        expiration: { maxEntries: 200, purgeOnQuotaError: true },
        cacheableResponse: { statuses: [200] },
      },
    },
  ];
}
