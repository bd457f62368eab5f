import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { describeInBrowser, open, startHarness, type Harness } from './browserHarness';

/** Console errors and uncaught exceptions of a page, as they happen. */
function problemsOf(page: Page): string[] {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(error.message));
  return problems;
}

describeInBrowser('prerendered pages', () => {
  let app: Harness;
  beforeAll(async () => {
    app = await startHarness();
  });
  afterAll(() => app?.close());

  it('shows a concept page with JavaScript off: title, notes, math, links and resources', async () => {
    const page = await (await app.newContext({ javaScriptEnabled: false })).newPage();
    const response = await page.goto('/concepts/backpropagation');
    expect(response?.status()).toBe(200);
    expect(await page.locator('main h1').textContent()).toMatch(/^Backpropagation/);
    expect(await page.title()).toBe('Backpropagation · Roadmaps');
    expect(await page.locator('meta[property="og:title"]').getAttribute('content')).toBe('Backpropagation');
    expect((await page.locator('.concept-body .prose').textContent())?.length).toBeGreaterThan(200);
    expect(await page.locator('main .katex').count()).toBeGreaterThan(0);
    expect(await page.locator('.concept-body a.link-internal').count()).toBeGreaterThan(0);
    expect(await page.locator('.resource-list a.link-external, a.link-external').count()).toBeGreaterThan(0);
    expect(await page.locator('section[aria-labelledby="prerequisites"] li').count()).toBeGreaterThan(0);
    // Nothing promises what only scripts would fill.
    expect(await page.locator('.graph-slot-placeholder').isVisible()).toBe(false);
    expect(await page.locator('body').innerText()).not.toContain('Loading');
  });

  it('shows the home page and a roadmap with JavaScript off', async () => {
    const page = await (await app.newContext({ javaScriptEnabled: false })).newPage();
    await page.goto('/');
    expect(await page.locator('main h1').textContent()).toBeTruthy();
    const roadmap = await page.locator('.card h3 a').first().getAttribute('href');
    await page.goto(roadmap!);
    expect(await page.locator('main h1').textContent()).toBeTruthy();
    expect(await page.locator('.prose a.link-internal').count()).toBeGreaterThan(5);
  });

  it('hydrates without errors or a second render, then shows what the learner stored', async () => {
    const context = await app.newContext();
    const first = await context.newPage();
    await open(first, '/concepts/backpropagation');
    await first.getByRole('radio', { name: 'Known' }).check();
    await first.close();
    await context.addInitScript(() => {
      // The heading as the server wrote it: hydration keeps this very element.
      document.addEventListener('DOMContentLoaded', () => {
        (window as unknown as { served: Element | null }).served = document.querySelector('main h1');
      });
    });
    const page = await context.newPage();
    const problems = problemsOf(page);
    await open(page, '/concepts/backpropagation');
    // The prerendered page knows nothing of the learner; the stored state follows hydration.
    await page.waitForFunction(() => (document.querySelector('input[type="radio"]:checked + span')?.textContent ?? '') === 'Known');
    expect(await page.evaluate(() => (window as unknown as { served: Element | null }).served === document.querySelector('main h1'))).toBe(
      true,
    );
    // Interactive: the control still answers.
    await page.getByRole('radio', { name: 'Learning' }).check();
    expect(await page.getByRole('radio', { name: 'Learning' }).isChecked()).toBe(true);
    expect(problems).toEqual([]);
  });

  it('renders a plan address (no prerendered page) in the browser, from the shell', async () => {
    const page = await (await app.newContext()).newPage();
    const problems = problemsOf(page);
    await page.goto('/concepts/backpropagation');
    const plan = await page.locator('a', { hasText: 'Get a learning plan' }).first().getAttribute('href');
    await open(page, plan!);
    await page.locator('.plan-step').first().waitFor();
    expect(await page.locator('main h1').textContent()).toMatch(/Backpropagation/);
    expect(problems).toEqual([]);
  });
});
