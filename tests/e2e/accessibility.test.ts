import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { asConceptId } from '../../src/core/model/ConceptId';
import { encodePlanUrl } from '../../src/core/planner/url/planUrl';
import { axeViolations, describeInBrowser, open, startHarness, type Harness } from './browserHarness';

/** One URL for every kind of page, found by walking the site from the home page. */
async function everyPage(page: Page): Promise<string[]> {
  await open(page, '/');
  const roadmap = await page.locator('.card h3 a').first().getAttribute('href');
  await open(page, roadmap!);
  await page.locator('.prose a.link-internal').first().waitFor();
  const concepts = await page.locator('.prose a.link-internal').evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
  const concept = concepts[concepts.length - 1]!;
  await open(page, concept);
  const plan = await page.getByRole('link', { name: /Get a learning plan/ }).getAttribute('href');
  await open(page, plan!);
  const first = await page.locator('.plan-step a.link-internal').first().getAttribute('data-concept');
  const target = concept.split('/').pop()!;
  const shared = encodePlanUrl({
    targets: [asConceptId(target)],
    known: [asConceptId(first!)],
    title: 'Shared plan',
    note: 'A note from the teacher.',
  });
  return ['/', roadmap!, concept, plan!, shared, '/settings', '/about', '/concepts/not-a-real-concept', '/no/such/page'];
}

/** Waits for what loads after the heading: bodies and suggestions. */
async function settle(page: Page): Promise<void> {
  await page.waitForFunction(() => !document.querySelector('.body-status'));
  await page.waitForTimeout(50);
}

describeInBrowser('accessibility and layout', () => {
  let app: Harness;
  let pages: string[] = [];
  beforeAll(async () => {
    app = await startHarness();
    pages = await everyPage(await (await app.newContext()).newPage());
  });
  afterAll(() => app?.close());

  for (const colorScheme of ['light', 'dark'] as const) {
    it(`has no axe violations on any page in ${colorScheme} mode, search dialog included`, async () => {
      const page = await (await app.newContext({ colorScheme })).newPage();
      const found: string[] = [];
      for (const path of pages) {
        await open(page, path);
        await settle(page);
        for (const v of await axeViolations(page)) found.push(`${path}: ${v}`);
      }
      await page.keyboard.press('/');
      await page.keyboard.type('a');
      await page.getByRole('option').first().waitFor();
      for (const v of await axeViolations(page)) found.push(`search dialog: ${v}`);
      // The notice for unreadable progress, and the settings page offering the value kept aside.
      await page.evaluate(() => localStorage.setItem('roadmaps.progress', 'not progress'));
      await open(page, '/settings');
      await page.getByRole('alert').waitFor();
      for (const v of await axeViolations(page)) found.push(`storage notice: ${v}`);
      // A concept being learned, so the state markers on links are checked too.
      await open(page, pages[2]!);
      await page.getByRole('radio', { name: 'Learning' }).check();
      await open(page, pages[1]!);
      await settle(page);
      for (const v of await axeViolations(page)) found.push(`roadmap with progress: ${v}`);
      expect(found).toEqual([]);
    });
  }

  it('has no horizontal scroll on a 360-px-wide phone, on any page', async () => {
    const page = await (await app.newContext({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true })).newPage();
    const wide: string[] = [];
    for (const path of pages) {
      await open(page, path);
      await settle(page);
      const { scroll, client } = await page.evaluate(() => ({
        scroll: document.documentElement.scrollWidth,
        client: document.documentElement.clientWidth,
      }));
      if (scroll > client) wide.push(`${path}: ${scroll} > ${client}`);
    }
    expect(wide).toEqual([]);
  });

  it('moves focus to the new page heading after client-side navigation and shows a skip link', async () => {
    const page = await (await app.newContext()).newPage();
    await open(page, '/');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to content');
    await page.getByRole('link', { name: 'About', exact: true }).click();
    await page.waitForURL('**/about');
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
  });
});
