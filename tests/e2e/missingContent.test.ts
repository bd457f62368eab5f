import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import type { ViteDevServer } from 'vite';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeInBrowser, launchChromium, startDevServer } from './browserHarness';

// `npm run dev` pointed at a content folder that does not exist yet: the app opens (no HTTP 500),
// the overlay says which folder and what to do, and the folder is picked up once created.

describeInBrowser('the dev server without its content folder', () => {
  let parent: string;
  let dir: string;
  let server: ViteDevServer;
  let browser: Browser;
  let page: Page;
  const write = (path: string, text: string) => {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  };
  const overlayText = () => page.evaluate(() => document.querySelector('vite-error-overlay')?.shadowRoot?.textContent ?? null);

  beforeAll(async () => {
    parent = mkdtempSync(join(tmpdir(), 'missing-content-'));
    dir = join(parent, 'notes');
    server = await startDevServer(dir);
    browser = await launchChromium();
    page = await browser.newPage();
  }, 90_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (parent) rmSync(parent, { recursive: true, force: true });
  });

  it('opens the app with the overlay naming the folder, then shows the content once it exists', async () => {
    const response = await page.goto(`${server.resolvedUrls!.local[0]!}concepts/alpha`);
    expect(response?.status()).toBe(200);
    await expect.poll(overlayText, { timeout: 45_000 }).toContain(`the folder \`${dir}\` does not exist; create it, or set CONTENT_DIR`);
    await page.locator('main h1', { hasText: 'No such concept' }).waitFor();

    write('concepts/alpha.md', '---\ntitle: Alpha\nsummary: About alpha.\n---\n\nBody of alpha.\n');
    write('roadmaps/r.md', '---\ntitle: R\nsummary: A roadmap.\n---\n\nStart with [[alpha]].\n');
    await page.locator('main h1', { hasText: 'Alpha' }).waitFor({ timeout: 15_000 });
    await page.locator('.prose', { hasText: 'Body of alpha.' }).waitFor();
    await expect.poll(overlayText, { timeout: 15_000 }).toBeNull();
  });
});
