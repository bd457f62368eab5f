import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { describeInBrowser, open, startHarness, type Harness } from './browserHarness';

/** Ids of the concepts the first roadmap links to. */
async function roadmapConcepts(page: Page): Promise<string[]> {
  await open(page, '/');
  await page.locator('.card h3 a').first().click();
  await page.locator('.prose a.link-internal').first().waitFor();
  const ids = await page.locator('.prose a.link-internal').evaluateAll((links) => links.map((a) => a.getAttribute('data-concept')));
  return [...new Set(ids.filter((id): id is string => id !== null))];
}

/** Clicks a state radio on the page at wall-clock time `at`, so two pages click within a millisecond or so. */
async function clickAt(page: Page, name: 'Known' | 'Not started', at: number): Promise<void> {
  const radio = await page.getByRole('radio', { name }).elementHandle();
  await radio!.evaluate(
    (el, time) => new Promise<void>((done) => setTimeout(() => ((el as HTMLElement).click(), done()), time - Date.now())),
    at,
  );
}

const storedStates = (page: Page) =>
  page.evaluate(() => (JSON.parse(localStorage.getItem('roadmaps.progress') ?? '{}') as { states?: Record<string, string> }).states ?? {});

describeInBrowser('storage', () => {
  let app: Harness;
  beforeAll(async () => {
    app = await startHarness();
  });
  afterAll(() => app?.close());

  it('says at once that progress cannot be saved when the browser blocks site data, and where to export it', async () => {
    const context = await app.newContext();
    await context.addInitScript(() =>
      Object.defineProperty(window, 'localStorage', {
        get() {
          throw new DOMException('blocked', 'SecurityError');
        },
      }),
    );
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    const [id] = await roadmapConcepts(page);
    await open(page, `/concepts/${id}`);
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toMatch(/does not let the site save progress.*export them/);
    expect(await alert.getByRole('link', { name: 'Progress settings' }).getAttribute('href')).toBe('/settings');
    await page.getByRole('radio', { name: 'Known' }).check();
    expect(await page.getByRole('radio', { name: 'Known' }).isChecked()).toBe(true);
    expect(await alert.isVisible()).toBe(true);
    await page.reload();
    await page.getByRole('alert').waitFor();
    expect(errors).toEqual([]);
  });

  it('keeps both marks when two tabs mark different concepts at the same moment, and a later unmark still wins', async () => {
    const context = await app.newContext();
    const first = await context.newPage();
    const ids = await roadmapConcepts(first);
    const second = await context.newPage();
    const pages = [first, second];
    // Several rounds, each tab marking its own concept at the same instant.
    const rounds = [0, 1, 2].map((round) => [ids[2 * round]!, ids[2 * round + 1]!] as const);
    for (const pair of rounds) {
      await Promise.all(pages.map((page, i) => open(page, `/concepts/${pair[i]}`)));
      const at = Date.now() + 400;
      await Promise.all(pages.map((page) => clickAt(page, 'Known', at)));
    }
    const marked = rounds.flat();
    for (const page of pages) {
      await expect.poll(async () => Object.keys(await storedStates(page)).sort()).toEqual([...marked].sort());
    }
    // Both tabs unmark at once, each its own concept of the last round: neither mark comes back.
    const [a, b] = rounds[2]!;
    const at = Date.now() + 400;
    await Promise.all(pages.map((page) => clickAt(page, 'Not started', at)));
    const left = marked.filter((id) => id !== a && id !== b).sort();
    for (const page of pages) await expect.poll(async () => Object.keys(await storedStates(page)).sort()).toEqual(left);
    for (const [i, page] of pages.entries()) {
      await page.reload();
      await page.locator('main h1').first().waitFor();
      expect(await page.getByRole('radio', { name: 'Not started' }).isChecked()).toBe(true);
      await open(page, `/concepts/${rounds[0]![i]}`);
      expect(await page.getByRole('radio', { name: 'Known' }).isChecked()).toBe(true);
    }
  });
});
