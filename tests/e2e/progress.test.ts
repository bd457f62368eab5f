import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { describeInBrowser, open, startHarness, type Harness } from './browserHarness';

/** The number in the plan page's "Steps" figure. */
async function stepCount(page: Page): Promise<number> {
  return Number(await page.locator('.plan-stats div', { hasText: 'Steps' }).locator('dd').textContent());
}

/** A concept with a plan of several steps: the last concept the first roadmap links to. */
async function deepConcept(page: Page): Promise<string> {
  await open(page, '/');
  await page.locator('.card h3 a').first().click();
  await page.locator('.prose a.link-internal').first().waitFor();
  const ids = await page.locator('.prose a.link-internal').evaluateAll((links) => links.map((a) => a.getAttribute('data-concept')));
  return ids[ids.length - 1]!;
}

describeInBrowser('progress', () => {
  let app: Harness;
  beforeAll(async () => {
    app = await startHarness();
  });
  afterAll(() => app?.close());

  /** A fresh profile on the plan page of a deep concept, and the plan's step count. */
  async function planOfDeepConcept(): Promise<{ page: Page; before: number }> {
    const page = await (await app.newContext()).newPage();
    const id = await deepConcept(page);
    await open(page, `/concepts/${id}`);
    await page.getByRole('link', { name: /Get a learning plan/ }).click();
    await page.locator('.plan-steps').waitFor();
    return { page, before: await stepCount(page) };
  }

  it('shrinks a plan when a step is marked known, and the change survives a reload', async () => {
    const { page, before } = await planOfDeepConcept();
    expect(before).toBeGreaterThan(1);
    await page.locator('.plan-step button', { hasText: 'Mark known' }).first().click();
    await page.waitForFunction((n) => Number(document.querySelector('.plan-stats dd')?.textContent) < n, before);
    const after = await stepCount(page);
    expect(after).toBeLessThan(before);
    await page.reload();
    await page.locator('.plan-steps').waitFor();
    expect(await stepCount(page)).toBe(after);
    const stored = await page.evaluate(() => JSON.parse(localStorage.getItem('roadmaps.progress') ?? '{}'));
    expect(stored.version).toBe(3);
    expect(Object.values(stored.states)).toEqual(['known']);
  });

  it('undoes a step marked known by mistake, and the undo survives a reload', async () => {
    const { page, before } = await planOfDeepConcept();
    const first = page.locator('.plan-step').first();
    const title = await first.locator('a.link-internal').first().textContent();
    await first.locator('button', { hasText: 'Mark known' }).click();
    await page.waitForFunction((n) => Number(document.querySelector('.plan-stats dd')?.textContent) < n, before);
    const undo = page.locator('.undo-bar').getByRole('button', { name: 'Undo' });
    expect(await page.locator('.undo-bar').textContent()).toContain(`Marked ${title} as known.`);
    await undo.click();
    await page.waitForFunction((n) => Number(document.querySelector('.plan-stats dd')?.textContent) === n, before);
    expect(await page.locator('.plan-step').first().locator('a.link-internal').first().textContent()).toBe(title);
    expect(await undo.count()).toBe(0);
    await page.reload();
    await page.locator('.plan-steps').waitFor();
    expect(await stepCount(page)).toBe(before);
    const stored = await page.evaluate(() => JSON.parse(localStorage.getItem('roadmaps.progress') ?? '{}'));
    expect(Object.values(stored.states ?? {})).toEqual([]);
  });

  it('shows a change made in one tab in another', async () => {
    const context = await app.newContext();
    const first = await context.newPage();
    const id = await deepConcept(first);
    await open(first, `/concepts/${id}`);
    const second = await context.newPage();
    await open(second, `/concepts/${id}`);
    expect(await second.getByRole('radio', { name: 'Known' }).isChecked()).toBe(false);
    await first.getByRole('radio', { name: 'Known' }).check();
    await expect.poll(() => second.getByRole('radio', { name: 'Known' }).isChecked()).toBe(true);
  });

  it('keeps a corrupt stored value aside, shows a notice, and still works', async () => {
    const page = await (await app.newContext()).newPage();
    const id = await deepConcept(page);
    await page.evaluate(() => localStorage.setItem('roadmaps.progress', '{"version":1,"states":{"Bad Key":"known"}'));
    await open(page, `/concepts/${id}`);
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toMatch(/could not be read/);
    await page.getByRole('radio', { name: 'Learning' }).check();
    const storage = await page.evaluate(() => ({ ...localStorage }));
    const aside = Object.entries(storage).filter(([key]) => key.startsWith('roadmaps.progress.invalid.'));
    expect(aside.map(([, value]) => value)).toEqual(['{"version":1,"states":{"Bad Key":"known"}']);
    expect(JSON.parse(storage['roadmaps.progress']!).states).toEqual({ [id]: 'learning' });
  });
});
