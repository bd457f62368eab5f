import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { build } from 'vite';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeInBrowser, startHarness, type Harness } from './browserHarness';
import { writeLargePlanContent } from './largePlanContent';

const STEPS = 1000;

/** Every node in the document (elements, text, comments), as the browser's DOM size counts them. */
const domNodes = (page: Page) =>
  page.evaluate(() => {
    const walker = document.createTreeWalker(document, NodeFilter.SHOW_ALL);
    let n = 0;
    while (walker.nextNode()) n++;
    return n;
  });

// A site of one plan of a thousand steps, built on its own (the 1,000 concepts only).
describeInBrowser('a plan of a thousand steps', () => {
  let app: Harness;
  let dir: string;
  let target: string;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'roadmaps-large-plan-'));
    target = await writeLargePlanContent(join(dir, 'content'), STEPS);
    const previous = process.env.CONTENT_DIR;
    process.env.CONTENT_DIR = join(dir, 'content');
    try {
      await build({
        root: fileURLToPath(new URL('../..', import.meta.url)),
        logLevel: 'silent',
        build: { outDir: join(dir, 'dist'), emptyOutDir: true },
      });
    } finally {
      if (previous === undefined) delete process.env.CONTENT_DIR;
      else process.env.CONTENT_DIR = previous;
    }
    app = await startHarness({ outDir: join(dir, 'dist') });
  }, 180_000);
  afterAll(async () => {
    await app?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('shows its first steps soon, in fewer than 5,000 DOM nodes, and more on request', async () => {
    const page = await (await app.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
    await page.goto(`/plan/v1/${target}`);
    await page.locator('.plan-steps > .plan-step').first().waitFor();
    // Since navigation started; generous, as the machine is shared (the bench holds the 1 s bar).
    expect(await page.evaluate(() => performance.now())).toBeLessThan(10_000);
    expect(await page.locator('.plan-stats dd').first().textContent()).toBe(String(STEPS));
    expect(await page.locator('.plan-steps > .plan-step').count()).toBe(80);
    // Once the printed steps' summaries and resources are in (fetched when print media applies),
    // the page is at its largest.
    await page.emulateMedia({ media: 'print' });
    await expect.poll(() => page.locator('.print-summary').count(), { timeout: 20_000 }).toBe(80);
    await page.emulateMedia({ media: 'screen' });
    expect(await domNodes(page)).toBeLessThan(5000);
    // The graph waits to be asked for.
    expect(await page.locator('.plan-graph, .graph-slot-placeholder').count()).toBe(0);

    await page.getByRole('button', { name: 'Show the next 80 steps (920 left)' }).click();
    await expect.poll(() => page.locator('.plan-steps > .plan-step').count()).toBe(160);
    expect(await page.evaluate(() => document.activeElement?.closest('.plan-step')?.getAttribute('data-step'))).toBe('81');
    await page.getByRole('button', { name: 'Show the next 80 steps (840 left)' }).click();
    await expect.poll(() => page.locator('.plan-steps > .plan-step').count()).toBe(240);
  });

  it('draws the graph when asked for', async () => {
    const page = await (await app.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
    await page.goto(`/plan/v1/${target}`);
    await page.getByRole('button', { name: `Show the graph (${STEPS} concepts)` }).click();
    await page.waitForFunction(() => performance.getEntriesByName('graph:painted').length > 0, null, { timeout: 30_000 });
    expect(await page.locator('.plan-graph').count()).toBe(1);
  });
});
