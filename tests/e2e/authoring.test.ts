import { mkdirSync, mkdtempSync, renameSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import type { ViteDevServer } from 'vite';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeInBrowser, launchChromium, startDevServer } from './browserHarness';

// The author's loop: `npm run dev` on a content folder, a page open, files saved, added, renamed
// and deleted. The page follows without reloading, and errors come and go in Vite's overlay.

const concept = (title: string, extra = '', body = 'Body.') => `---\ntitle: ${title}\nsummary: About ${title}.\n${extra}---\n\n${body}\n`;

describeInBrowser('authoring with the dev server', () => {
  let dir: string;
  let server: ViteDevServer;
  let browser: Browser;
  let page: Page;
  const write = (path: string, text: string) => {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  };
  const marker = () => page.evaluate(() => (window as unknown as { marker?: number }).marker);
  const overlayText = () => page.evaluate(() => document.querySelector('vite-error-overlay')?.shadowRoot?.textContent ?? null);

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'authoring-'));
    write('site.yaml', 'title: Test site\ndescription: For the authoring test.\nfeaturedRoadmap: r\n');
    write('concepts/a.md', concept('Alpha', 'prerequisites: [b]\n', 'Needs [[b]].'));
    write('concepts/b.md', concept('Beta'));
    write('roadmaps/r.md', '---\ntitle: R\nsummary: A roadmap.\n---\n\nStart with [[a]].\n');
    server = await startDevServer(dir);
    browser = await launchChromium();
    page = await browser.newPage();
    await page.goto(`${server.resolvedUrls!.local[0]!}concepts/a`);
    await page.locator('main h1', { hasText: 'Alpha' }).waitFor({ timeout: 45_000 });
    await page.evaluate(() => ((window as unknown as { marker: number }).marker = 7));
  }, 90_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('updates the open page when a concept is saved, without reloading', async () => {
    write('concepts/a.md', concept('Alpha, revised', 'prerequisites: [b]\n', 'Needs [[b]], now more clearly.'));
    await page.locator('main h1', { hasText: 'Alpha, revised' }).waitFor();
    await page.locator('.prose', { hasText: 'now more clearly' }).waitFor();
    expect(await marker()).toBe(7);
  });

  it('shows new prose when only the body is saved (a patch, not the whole index)', async () => {
    write('concepts/a.md', concept('Alpha, revised', 'prerequisites: [b]\n', 'Needs [[b]], and says so in other words.'));
    await page.locator('.prose', { hasText: 'in other words' }).waitFor();
    expect((await page.locator('main h1').first().textContent())?.trim()).toBe('Alpha, revised');
    expect(await marker()).toBe(7);
  });

  it('shows an error with file:line:col in the overlay, and clears it once fixed', async () => {
    write('concepts/a.md', concept('Alpha, revised', 'prerequisites: [b, gamma]\n', 'Needs [[b]] and [[gamma]].'));
    await expect.poll(overlayText, { timeout: 15_000 }).toMatch(/concepts\/a\.md:4:\d+ error .*gamma.*\[unknown-prerequisite\]/);
    await page.locator('.prose .link-broken', { hasText: 'gamma' }).waitFor();
    // Adding the missing concept fixes both the prerequisite and the link.
    write('concepts/gamma.md', concept('Gamma'));
    await expect.poll(overlayText, { timeout: 15_000 }).toBeNull();
    await page.locator('.prose a.link-internal[data-concept="gamma"]').waitFor();
    expect(await marker()).toBe(7);
  });

  it('lists warnings the overlay does not show, in a corner, and drops them once fixed', async () => {
    const problems = page.getByRole('complementary', { name: 'Content problems' });
    await expect.poll(() => problems.count()).toBe(0);
    // A concept nothing links to: a warning, so no overlay, but the author should hear of it.
    write('concepts/lonely.md', concept('Lonely'));
    const toggle = problems.getByRole('button', { name: 'Content: 1 warning' });
    await toggle.waitFor({ timeout: 15_000 });
    expect(await overlayText()).toBeNull();
    await toggle.click();
    const item = problems.getByRole('listitem');
    expect(await item.textContent()).toMatch(/^concepts\/lonely\.md:1:1 warning Expected a roadmap to link to lonely .*\[orphan\]/);
    await item.getByRole('link', { name: 'Open its page' }).click();
    await page.locator('main h1', { hasText: 'Lonely' }).waitFor();
    // Linked from the roadmap: the warning goes, and so does the button.
    write('roadmaps/r.md', '---\ntitle: R\nsummary: A roadmap.\n---\n\nStart with [[a]], then [[lonely]].\n');
    await expect.poll(() => problems.count(), { timeout: 15_000 }).toBe(0);
    expect(await marker()).toBe(7);
    // Back to the page the other steps watch.
    await page.goBack();
    await page.locator('main h1', { hasText: 'Alpha' }).waitFor();
  });

  it('follows a rename and a deletion', async () => {
    // Renamed with an alias: old links keep resolving, to the new title.
    renameSync(join(dir, 'concepts/gamma.md'), join(dir, 'concepts/gamma-function.md'));
    write('concepts/gamma-function.md', concept('Gamma function', 'aliases: [gamma]\n'));
    await page.locator('.prose a.link-internal[data-concept="gamma-function"]', { hasText: 'gamma' }).waitFor();
    await expect.poll(overlayText, { timeout: 15_000 }).toBeNull();
    // Deleted: the link breaks and the overlay says where.
    unlinkSync(join(dir, 'concepts/gamma-function.md'));
    await page.locator('.prose .link-broken', { hasText: 'gamma' }).waitFor();
    await expect.poll(overlayText, { timeout: 15_000 }).toMatch(/concepts\/a\.md:\d+:\d+ error/);
    expect(await marker()).toBe(7);
  });
});
