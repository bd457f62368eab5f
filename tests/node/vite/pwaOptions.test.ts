import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runtimeCaching, SHELL_FILES } from '../../../src/node/vite/offlineCaching';
import { appManifest, BACKGROUND_COLOUR, pwaOptions, shortNameOf, THEME_COLOUR } from '../../../src/node/vite/pwaOptions';
import { readSiteSummary } from '../../../src/node/vite/readSiteSummary';

type Rule = ReturnType<typeof runtimeCaching>[number];

/** The rule the service worker would pick for `url` (the first that matches), by its cache's name. */
function cacheFor(rules: Rule[], url: string, mode: RequestMode = 'cors'): string | undefined {
  const parsed = new URL(url);
  const request = { mode } as Request;
  const rule = rules.find((r) => {
    const pattern = r.urlPattern;
    if (pattern instanceof RegExp) return pattern.test(parsed.href);
    if (typeof pattern === 'function') return Boolean(pattern({ url: parsed, request, sameOrigin: true, event: {} as never }));
    return false;
  });
  return rule?.options?.cacheName ?? undefined;
}

describe('runtimeCaching', () => {
  it.each(['/', '/course/'])('sorts requests under the base %s by folder and extension', (base) => {
    const rules = runtimeCaching(base);
    const at = (path: string) => `https://example.org${base}${path}`;
    expect(cacheFor(rules, at('concepts/vectors'), 'navigate')).toBe('pages');
    expect(cacheFor(rules, at('plan/v1/vectors?known=a,b'), 'navigate')).toBe('pages');
    // Hashed data (today's bodies, the split graph and search index) never changes under its name.
    expect(cacheFor(rules, at('content/concepts/vectors.7781be3e93.json'))).toBe('content-hashed');
    expect(cacheFor(rules, at('content/graph.0123456789.json'))).toBe('content-hashed');
    expect(cacheFor(rules, at('content/search.abcdef0123.json'))).toBe('content-hashed');
    // A concept's own data file keeps its name across deploys.
    expect(cacheFor(rules, at('content/concepts/vectors.json'))).toBe('content-data');
    expect(cacheFor(rules, at('content/assets/convolution.svg'))).toBe('content-files');
    expect(cacheFor(rules, at('assets/KaTeX_Main-Regular-B22Nviop.woff'))).toBe('app-files');
    // Not the site's files: left to the network.
    expect(cacheFor(rules, at('robots.txt'))).toBeUndefined();
    expect(cacheFor(rules, 'https://example.org/elsewhere/content/x.json')).toBeUndefined();
  });

  it('keeps the rules of one base off another base’s files', () => {
    const rules = runtimeCaching('/course/');
    expect(cacheFor(rules, 'https://example.org/content/concepts/vectors.json')).toBeUndefined();
    expect(cacheFor(rules, 'https://example.org/other/course/content/concepts/vectors.json')).toBeUndefined();
    expect(cacheFor(rules, 'https://example.org/assets/index-abc.js')).toBeUndefined();
  });

  it('falls back to the precached app shell for pages never cached', () => {
    const pages = runtimeCaching('/')[0];
    expect(pages?.handler).toBe('NetworkFirst');
    expect(pages?.options?.networkTimeoutSeconds).toBeGreaterThan(0);
    expect(pages?.options?.precacheFallback?.fallbackURL).toBe('404.html');
    expect(SHELL_FILES).toContain('404.html');
  });

  it('precaches no page or data file, only the shell', () => {
    for (const pattern of SHELL_FILES) expect(pattern).not.toMatch(/content|concepts|roadmaps|courses|\*\*\/\*\.html|\.json/);
  });
});

describe('pwaOptions', () => {
  it('asks before updating, registers from the app, keeps no worker in dev and does not serve the shell for every navigation', () => {
    const options = pwaOptions(join(process.cwd(), 'content'));
    expect(options.registerType).toBe('prompt');
    expect(options.injectRegister).toBe(false);
    expect(options.devOptions?.enabled).toBe(false);
    expect(options.workbox?.navigateFallback).toBeNull();
    expect(options.workbox?.skipWaiting).toBe(false);
  });

  it('names the installed app after the site and follows the app’s colours', () => {
    const manifest = appManifest({ title: 'Deep learning from the bottom up', description: 'Learn it.' });
    expect(manifest).toMatchObject({ name: 'Deep learning from the bottom up', short_name: 'Deep', description: 'Learn it.' });
    expect(manifest.display).toBe('standalone');
    expect(manifest.icons?.map((i) => i.sizes)).toEqual(expect.arrayContaining(['192x192', '512x512']));
    const tokens = readFileSync(join(process.cwd(), 'src/ui/styles/tokens.css'), 'utf8');
    expect(tokens).toMatch(new RegExp(`--accent: light-dark\\(${THEME_COLOUR}`));
    expect(tokens).toMatch(new RegExp(`--bg: light-dark\\(${BACKGROUND_COLOUR}`));
  });
});

describe('shortNameOf', () => {
  it('keeps a short title, takes the first words that fit a home screen, or cuts one long word', () => {
    expect(shortNameOf('Roadmaps')).toBe('Roadmaps');
    expect(shortNameOf('Linear algebra for ML')).toBe('Linear');
    expect(shortNameOf('Deep learning notes')).toBe('Deep');
    expect(shortNameOf('My big notes')).toBe('My big notes');
    expect(shortNameOf('Rechtswissenschaften')).toBe('Rechtswissen');
  });
});

describe('readSiteSummary', () => {
  it('reads the title and description of site.yaml, with the defaults when there is none', () => {
    const dir = mkdtempSync(join(tmpdir(), 'roadmaps-site-'));
    try {
      expect(readSiteSummary(dir)).toEqual({ title: 'Roadmaps', description: '' });
      writeFileSync(join(dir, 'site.yaml'), 'title: "Notes: $x$"\ndescription: >-\n  What I learn.\n');
      expect(readSiteSummary(dir)).toEqual({ title: 'Notes: $x$', description: 'What I learn.' });
      writeFileSync(join(dir, 'site.yaml'), 'title: [unclosed\n');
      expect(readSiteSummary(dir)).toEqual({ title: 'Roadmaps', description: '' });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
