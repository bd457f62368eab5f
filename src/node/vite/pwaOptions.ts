import type { ManifestOptions, VitePWAOptions } from 'vite-plugin-pwa';
import { readSiteSummary } from './readSiteSummary';
import { runtimeCaching, SHELL_FILES } from './offlineCaching';
import type { SiteConfig } from '../../core/model';

/** The install manifest's colours: `--accent` and `--bg` of tokens.css (light), the icon's own. */
export const THEME_COLOUR = '#2f4f8f';
export const BACKGROUND_COLOUR = '#fbfaf8';

/** Home screens cut names past about 12 characters: the title's first words that fit, or its start. */
export function shortNameOf(title: string): string {
  const limit = 12;
  if (title.length <= limit) return title;
  let name = '';
  for (const word of title.split(/\s+/)) {
    const next = name === '' ? word : `${name} ${word}`;
    if (next.length > limit) break;
    name = next;
  }
  return name === '' ? title.slice(0, limit).trim() : name;
}

/**
 * The web app manifest: named after the site (`site.yaml`), not the package. `start_url` and
 * `scope` are left to the plugin, which sets both to Vite's `base`.
 */
export function appManifest(site: Pick<SiteConfig, 'title' | 'description'>): Partial<ManifestOptions> {
  return {
    name: site.title,
    short_name: shortNameOf(site.title),
    description: site.description,
    lang: 'en',
    display: 'standalone',
    theme_color: THEME_COLOUR,
    background_color: BACKGROUND_COLOUR,
    // Relative to the manifest, so they follow the base. The PNGs are what Chrome asks for to
    // offer installation; the drawing keeps to the middle, so one file serves as maskable too.
    icons: [
      { src: 'icons/icon.svg', sizes: 'any', type: 'image/svg+xml' },
      { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png' },
      { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png' },
      { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
    ],
  };
}

/**
 * Options of `VitePWA` for the content folder `dir`: an installable site whose visited pages,
 * bodies and plans open offline, and which asks before switching to a new deploy.
 */
export function pwaOptions(dir: string): Partial<VitePWAOptions> {
  return {
    strategies: 'generateSW',
    // A new deploy waits until the learner chooses to reload (UpdatePrompt): switching code under
    // an open page could mix two versions' chunks and data.
    registerType: 'prompt',
    // The app registers the worker itself (virtual:pwa-register, in production builds only).
    injectRegister: false,
    // The development server keeps no worker: content edits must show at once.
    devOptions: { enabled: false },
    manifest: appManifest(readSiteSummary(dir)),
    workbox: {
      globPatterns: [...SHELL_FILES],
      // Navigations are handled by the NetworkFirst page rule (offlineCaching.ts), not served
      // from the precached shell, so a deploy's pages show at once when online.
      navigateFallback: null,
      // The first visit's page comes under the worker at once, so what it loads next is cached.
      // Later versions still wait for the learner (no skipWaiting).
      clientsClaim: true,
      skipWaiting: false,
      cleanupOutdatedCaches: true,
      sourcemap: false,
    },
    // A chunk over the precache's 2 MB limit is left out with a warning (it is cached when first
    // used) instead of failing the build.
    showMaximumFileSizeToCacheInBytesWarning: true,
    integration: {
      // After every other plugin has written its files (404.html, prerendered pages), so the
      // precache's revisions describe the files as published.
      closeBundleOrder: 'post',
      // The caching rules name paths under the base, known once Vite has read `--base`.
      configureOptions(config, options) {
        options.workbox = { ...options.workbox, runtimeCaching: runtimeCaching(config.base) };
      },
    },
  };
}
