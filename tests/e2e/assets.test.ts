import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import type { Page } from 'playwright-core';
import { build } from 'vite';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { contentPlugin } from '../../src/node/vite/vitePlugin';
import { describeInBrowser, open, startHarness, type Harness } from './browserHarness';

// A figure that tries every way an SVG runs script: `<script>`, `onload`, a `javascript:` link,
// HTML in `<foreignObject>`, and `<set>` turning a link into `javascript:`. Each would write to the
// site's localStorage (where learners' progress lives) and change the document's title.
const PWN = (how: string) => `localStorage.setItem('pwned-${how}', '1'); document.title = 'pwned'`;
const HOSTILE_SVG = `<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 200 100" width="200" height="100" onload="${PWN('onload')}">
  <title>A hostile figure</title>
  <script>${PWN('script')}</script>
  <a id="link" xlink:href="javascript:${PWN('link')}"><rect width="200" height="100" fill="#2b6cb0"/></a>
  <a id="animated" href="#"><set attributeName="href" to="javascript:${PWN('set')}"/><circle cx="20" cy="20" r="10" fill="#fff"/></a>
  <foreignObject width="10" height="10"><img xmlns="http://www.w3.org/1999/xhtml" src="x" onerror="${PWN('foreign')}"/></foreignObject>
  <text x="100" y="60" text-anchor="middle" fill="#fff">figure</text>
</svg>
`;

const CONTENT: Record<string, string> = {
  'site.yaml': 'title: Hostile assets\ndescription: A site whose figure tries to run script.\n',
  'roadmaps/figures.md': '---\ntitle: Figures\nsummary: Links the figure concept.\n---\n[[figure]]\n',
  'concepts/figure.md': [
    '---',
    'title: Figure',
    'summary: Shows a hostile SVG and links to it.',
    '---',
    '![A hostile figure](../assets/hostile.svg)',
    '',
    '[Open the figure](../assets/hostile.svg)',
    '',
  ].join('\n'),
  'assets/hostile.svg': HOSTILE_SVG,
};

describeInBrowser('assets in the built site', () => {
  let app: Harness;
  let contentDir: string;
  let outDir: string;
  beforeAll(async () => {
    contentDir = mkdtempSync(join(tmpdir(), 'roadmaps-assets-content-'));
    for (const [path, text] of Object.entries(CONTENT)) {
      mkdirSync(join(contentDir, path, '..'), { recursive: true });
      writeFileSync(join(contentDir, path), text);
    }
    outDir = mkdtempSync(join(tmpdir(), 'roadmaps-assets-dist-'));
    await build({
      root: fileURLToPath(new URL('../..', import.meta.url)),
      configFile: false,
      plugins: [react(), contentPlugin({ dir: contentDir })],
      logLevel: 'silent',
      build: { outDir, emptyOutDir: true },
    });
    app = await startHarness({ outDir });
  }, 120_000);
  afterAll(async () => {
    await app?.close();
    rmSync(outDir, { recursive: true, force: true });
    rmSync(contentDir, { recursive: true, force: true });
  });

  /** What the figure's script would have left behind on the site's origin, seen from `page`. */
  const traces = (page: Page) =>
    page.evaluate(() => ({
      title: document.title,
      keys: Object.keys(localStorage).filter((k) => k.startsWith('pwned')),
    }));

  /** Clicks both links inside the opened figure; neither may run anything. */
  async function clickFigureLinks(page: Page): Promise<void> {
    await page.locator('rect').click({ position: { x: 180, y: 90 } });
    await page.locator('circle').click();
    await page.waitForTimeout(200);
  }

  it('shows the figure on its concept page and runs none of its script when the link is followed', async () => {
    const page = await (await app.newContext()).newPage();
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => void dialog.dismiss().then(() => dialogs.push(dialog.message())));
    await open(page, '/concepts/figure');
    const image = page.locator('.prose img').first();
    await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
    await page.getByRole('link', { name: 'Open the figure' }).click();
    await page.waitForURL('**/content/assets/hostile.svg');
    await page.locator('rect').waitFor();
    expect(await traces(page)).toEqual({ title: 'A hostile figure', keys: [] });
    await clickFigureLinks(page);
    expect(await traces(page)).toEqual({ title: 'A hostile figure', keys: [] });
    await page.goto('/concepts/figure');
    expect((await traces(page)).keys).toEqual([]);
    expect(dialogs).toEqual([]);
  });

  it('runs none of its script when opened by its address', async () => {
    const page = await (await app.newContext()).newPage();
    const response = await page.goto('/content/assets/hostile.svg');
    expect(response?.headers()['content-type']).toMatch(/^image\/svg\+xml/);
    const served = (await response?.text()) ?? '';
    expect(served).not.toMatch(/<script|onload|onerror|javascript:|foreignObject|<set/i);
    await page.locator('rect').waitFor();
    expect(await traces(page)).toEqual({ title: 'A hostile figure', keys: [] });
    await clickFigureLinks(page);
    expect(await traces(page)).toEqual({ title: 'A hostile figure', keys: [] });
  });
});
