import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { build } from 'vite';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeInBrowser, open, startHarness, type Harness } from './browserHarness';

// A site published under a sub-path, as a GitHub Pages project site is (`/<repository>/`).
const BASE = '/course/';

describeInBrowser('a site served under a sub-path', () => {
  let app: Harness;
  let outDir: string;
  beforeAll(async () => {
    outDir = mkdtempSync(join(tmpdir(), 'roadmaps-subpath-'));
    await build({
      root: fileURLToPath(new URL('../..', import.meta.url)),
      base: BASE,
      logLevel: 'silent',
      build: { outDir, emptyOutDir: true },
    });
    app = await startHarness({ outDir, base: BASE });
  }, 120_000);
  afterAll(async () => {
    await app?.close();
    rmSync(outDir, { recursive: true, force: true });
  });

  /** A page that records every failed request, so a path that lost its base shows up. */
  async function watchedPage(): Promise<{ page: Page; failures: string[] }> {
    const page = await (await app.newContext()).newPage();
    const failures: string[] = [];
    page.on('response', (response) => {
      if (response.status() >= 400) failures.push(`${response.status()} ${response.url()}`);
    });
    page.on('requestfailed', (request) => failures.push(`failed ${request.url()}`));
    return { page, failures };
  }

  it('goes home → roadmap → concept by links under the base, without reloading', async () => {
    const { page, failures } = await watchedPage();
    await open(page, BASE);
    await page.evaluate(() => ((window as unknown as { marker: number }).marker = 42));
    await page.locator('.card h3 a').first().click();
    await page.waitForURL(/\/course\/roadmaps\//);
    const redLink = page.locator('.prose a.link-internal').first();
    await redLink.waitFor();
    expect(await redLink.getAttribute('href')).toMatch(/^\/course\/concepts\//);
    const id = await redLink.getAttribute('data-concept');
    await redLink.click();
    await page.waitForURL(`**/course/concepts/${id}`);
    await page.locator('.prose').first().waitFor();
    expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(42);
    const outside = await page.evaluate(() =>
      [...document.querySelectorAll('a[href^="/"]')].map((a) => a.getAttribute('href')!).filter((h) => !h.startsWith('/course/')),
    );
    expect(outside).toEqual([]);
    expect(failures).toEqual([]);
  });

  it('loads a concept page by its address, with its images', async () => {
    const { page, failures } = await watchedPage();
    await open(page, `${BASE}concepts/convolution`);
    const image = page.locator('.prose img').first();
    await image.waitFor();
    expect(await image.getAttribute('src')).toMatch(/^\/course\/content\/assets\//);
    await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
    expect(failures).toEqual([]);
  });

  it('shares plans with links that include the base', async () => {
    const { page, failures } = await watchedPage();
    await open(page, `${BASE}concepts/backpropagation`);
    await page.locator('a.button-primary', { hasText: /plan/i }).first().click();
    await page.waitForURL(/\/course\/plan\/v1\//);
    const planPath = new URL(page.url()).pathname;
    const snippet = await page.locator('.embed-snippet textarea').inputValue();
    expect(snippet).toContain(`${app.base}/course/embed/plan/v1/`);
    await page.getByRole('button', { name: 'Save to my plans' }).click();
    await page.locator('.main-nav a', { hasText: 'Progress' }).click();
    await page.waitForURL(/\/course\/settings$/);
    const saved = page.locator('main a[href*="/plan/v1/"]').first();
    expect(await saved.getAttribute('href')).toBe(planPath);
    const embed = await (await app.newContext()).newPage();
    await embed.goto(`${BASE}embed${planPath.slice(BASE.length - 1)}`);
    await embed.locator('.embed-steps li').first().waitFor();
    expect(await embed.locator('.embed-steps a').first().getAttribute('href')).toMatch(/^\/course\/concepts\//);
    expect(failures).toEqual([]);
  });
});
