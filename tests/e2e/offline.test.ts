import { execFileSync } from 'node:child_process';
import { appendFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeInBrowser, open, startHarness, type Harness } from './browserHarness';

// The built site as an installed web app: a service worker keeps what the learner opened, so
// pages, bodies and plans open again without a connection.

/** Waits until the service worker controls `page` (the first visit installs it). */
async function whenControlled(page: Page): Promise<void> {
  await page.waitForFunction(() => navigator.serviceWorker?.controller !== null, undefined, { timeout: 30_000 });
}

/** A page to read offline: its address and the element holding its main text. */
interface Visit {
  readonly path: string;
  readonly main: string;
}

/** What a page shows: its heading and its main text (the first `main` element). */
async function shown(page: Page, main: string): Promise<{ title: string; text: string }> {
  const heading = page.locator('main h1').first();
  const body = page.locator(main).first();
  await heading.waitFor();
  await body.waitFor();
  return { title: (await heading.textContent()) ?? '', text: ((await body.textContent()) ?? '').replace(/\s+/g, ' ').trim() };
}

/** Visits each page online (after the worker is in control), then opens each again offline by its address. */
async function readOfflineAgain(context: BrowserContext, page: Page, base: string, visits: Visit[]): Promise<void> {
  const online = new Map<string, { title: string; text: string }>();
  for (const { path, main } of visits) {
    await open(page, path);
    online.set(path, await shown(page, main));
  }
  await context.setOffline(true);
  // Proof that the worker's own requests are cut too: a file it does not keep cannot be fetched,
  // so the navigation ends on the app shell, not on the file.
  await page.goto(`${base}robots.txt`);
  await page.locator('main h1').first().waitFor();
  expect(await page.locator('body').textContent()).not.toMatch(/User-agent/);
  for (const { path, main } of visits) {
    await page.goto(path);
    const before = online.get(path)!;
    const offline = await shown(page, main);
    expect(offline.title, path).toBe(before.title);
    expect(offline.text, path).toBe(before.text);
    expect(offline.text.length, path).toBeGreaterThan(0);
  }
}

describeInBrowser('offline reading at the root', () => {
  let app: Harness;
  beforeAll(async () => {
    app = await startHarness();
  });
  afterAll(() => app?.close());

  it('serves a manifest that names the site and makes it installable', async () => {
    const response = await fetch(`${app.base}/manifest.webmanifest`);
    expect(response.ok).toBe(true);
    const manifest = (await response.json()) as Record<string, unknown> & { icons: { src: string; sizes: string; type: string }[] };
    expect(manifest).toMatchObject({ name: 'Roadmaps', short_name: 'Roadmaps', display: 'standalone', start_url: '/', scope: '/' });
    expect(manifest.description).toMatch(/open map of concepts/);
    expect(manifest.theme_color).toMatch(/^#[0-9a-f]{6}$/);
    expect(manifest.icons.map((i) => i.sizes)).toEqual(expect.arrayContaining(['192x192', '512x512']));
    for (const icon of manifest.icons) {
      const file = await fetch(new URL(icon.src, `${app.base}/manifest.webmanifest`));
      expect(file.status, icon.src).toBe(200);
      expect(file.headers.get('content-type'), icon.src).toContain(icon.type);
    }
    const page = await (await app.newContext()).newPage();
    await open(page, '/');
    expect(await page.locator('link[rel="manifest"]').getAttribute('href')).toBe('/manifest.webmanifest');
    await whenControlled(page);
    const cdp = await page.context().newCDPSession(page);
    const { installabilityErrors } = (await cdp.send('Page.getInstallabilityErrors')) as { installabilityErrors: { errorId: string }[] };
    // A test profile is an incognito one, which Chromium never offers to install from.
    expect(installabilityErrors.map((e) => e.errorId).filter((id) => id !== 'in-incognito')).toEqual([]);
  });

  it('says once that the site is ready offline, then opens the home, a concept and a plan page offline', async () => {
    const context = await app.newContext();
    const page = await context.newPage();
    await open(page, '/');
    await page.getByRole('status').filter({ hasText: 'Ready to work offline' }).waitFor();
    await whenControlled(page);
    // A plan as a learner reaches it: the concept page's plan button.
    await open(page, '/concepts/backpropagation');
    await page.locator('a.button-primary', { hasText: /plan/i }).first().click();
    await page.waitForURL(/\/plan\/v1\//);
    await page.locator('.plan-step').first().waitFor();
    const planPath = new URL(page.url()).pathname + new URL(page.url()).search;
    await readOfflineAgain(context, page, '/', [
      { path: '/', main: 'section[aria-labelledby="roadmaps-heading"]' },
      { path: '/concepts/backpropagation', main: '.prose' },
      { path: planPath, main: '.plan-step' },
    ]);
  });

  it('opens a plan link never visited offline, from the cached app shell and data', async () => {
    const context = await app.newContext();
    const page = await context.newPage();
    await open(page, '/');
    await whenControlled(page);
    // One plan opened online brings the prerequisite graph every plan is computed from.
    await open(page, '/plan/v1/backpropagation');
    await page.locator('.plan-step').first().waitFor();
    await context.setOffline(true);
    await open(page, '/plan/v1/convolution');
    await page.locator('.plan-step').first().waitFor();
    expect(await page.locator('main h1').first().textContent()).toMatch(/Convolution/i);
  });

  it('lets the first page a learner lands on open offline', async () => {
    const context = await app.newContext();
    const page = await context.newPage();
    await open(page, '/concepts/vectors');
    const before = await shown(page, '.prose');
    await whenControlled(page);
    // The data and code that page loaded before the worker existed are fetched again through it.
    const uncached = () =>
      page.evaluate(async () => {
        const loaded = performance.getEntriesByType('resource').map((entry) => entry.name);
        const ours = loaded.filter((url) => /^[^?#]*\/(content|assets)\//.test(url) && url.startsWith(location.origin));
        const missing = await Promise.all(ours.map(async (url) => ((await caches.match(url)) ? undefined : url)));
        return missing.filter((url) => url !== undefined);
      });
    await expect.poll(uncached, { timeout: 15_000 }).toEqual([]);
    await context.setOffline(true);
    await page.goto('/concepts/vectors');
    const after = await shown(page, '.prose');
    expect(after.title).toBe(before.title);
    expect(after.text).toBe(before.text);
  });
});

// A site under a sub-path: the worker, its scope, the manifest and the caching rules follow the base.
const BASE = '/course/';

describeInBrowser('offline reading under a sub-path', () => {
  let app: Harness;
  let outDir: string;
  beforeAll(async () => {
    outDir = mkdtempSync(join(tmpdir(), 'roadmaps-offline-'));
    // Built as a publisher builds it, in a process of its own: inside the test runner
    // (NODE_ENV=test) Vite would make a development build, which registers no worker.
    const root = fileURLToPath(new URL('../..', import.meta.url));
    execFileSync(
      process.execPath,
      [join(root, 'node_modules/vite/bin/vite.js'), 'build', '--base', BASE, '--outDir', outDir, '--emptyOutDir', '--logLevel', 'error'],
      {
        cwd: root,
        env: { ...process.env, NODE_ENV: 'production' },
        stdio: 'pipe',
      },
    );
    app = await startHarness({ outDir, base: BASE });
  }, 180_000);
  afterAll(async () => {
    await app?.close();
    rmSync(outDir, { recursive: true, force: true });
  });

  it('serves a manifest for the base and opens visited pages offline', async () => {
    const manifest = (await (await fetch(`${app.base}${BASE}manifest.webmanifest`)).json()) as Record<string, unknown>;
    expect(manifest).toMatchObject({ start_url: BASE, scope: BASE });
    const context = await app.newContext();
    const page = await context.newPage();
    await open(page, BASE);
    await whenControlled(page);
    expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.scope)).toBe(`${app.base}${BASE}`);
    await readOfflineAgain(context, page, BASE, [
      { path: BASE, main: 'section[aria-labelledby="roadmaps-heading"]' },
      { path: `${BASE}concepts/convolution`, main: '.prose' },
    ]);
    // The body's figure came from the cache too.
    const image = page.locator('.prose img').first();
    await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
  });

  // Last: it changes the build's worker.
  it('offers the next deploy, waits for the learner, and switches to it on Reload', async () => {
    const page = await (await app.newContext()).newPage();
    await open(page, BASE);
    await whenControlled(page);
    // A new deploy: the worker's file changes; the browser finds it on the next page load.
    appendFileSync(join(outDir, 'sw.js'), '\n// the next deploy\n');
    await page.reload();
    const prompt = page.getByRole('status').filter({ hasText: 'A new version of this site is available' });
    await prompt.waitFor();
    const workers = () =>
      page.evaluate(async () => {
        const registration = await navigator.serviceWorker.getRegistration();
        return { waiting: Boolean(registration?.waiting), controlled: navigator.serviceWorker.controller !== null };
      });
    expect(await workers()).toEqual({ waiting: true, controlled: true });
    await page.evaluate(() => ((window as unknown as { marker: number }).marker = 42));
    const reloaded = page.waitForEvent('load');
    await prompt.getByRole('button', { name: 'Reload' }).click();
    await reloaded;
    await page.locator('main h1').first().waitFor();
    expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBeUndefined();
    expect(await workers()).toEqual({ waiting: false, controlled: true });
    expect(await prompt.count()).toBe(0);
  });
});
