import { afterAll, beforeAll, expect, it } from 'vitest';
import { axeViolations, describeInBrowser, open, startHarness, type Harness } from './browserHarness';

describeInBrowser('continue', () => {
  let app: Harness;
  beforeAll(async () => {
    app = await startHarness();
  });
  afterAll(() => app?.close());

  it('lists the plans visited and saved on the home page, with progress and a next step to follow', async () => {
    const page = await (await app.newContext()).newPage();
    await open(page, '/');
    // A new learner has nothing to continue: no section at all.
    expect(await page.getByRole('heading', { level: 2, name: 'Continue' }).count()).toBe(0);

    // Visit a plan, mark its first step known, save it; then visit another plan.
    await open(page, '/plan/v1/chain-rule');
    await page.locator('.plan-steps').waitFor();
    const stepCount = async () => Number(await page.locator('.plan-stats div', { hasText: 'Steps' }).locator('dd').textContent());
    const before = await stepCount();
    const firstStep = await page.locator('.plan-step a.link-internal').first().textContent();
    await page.locator('.plan-step button', { hasText: 'Mark known' }).first().click();
    await page.waitForFunction((n) => Number(document.querySelector('.plan-stats dd')?.textContent) < n, before);
    await page.getByRole('button', { name: 'Save to my plans' }).click();
    await page.getByText('Saved in your plans.').waitFor();
    const savedTitle = (await page.locator('main h1').textContent())!;
    const savedSteps = await stepCount();
    await open(page, '/plan/v1/matrices');
    await page.locator('.plan-steps').waitFor();
    const otherTitle = (await page.locator('main h1').textContent())!;
    const otherNext = (await page.locator('.plan-step a.link-internal').first().textContent())!;

    await open(page, '/');
    const section = page.locator('section', { has: page.getByRole('heading', { level: 2, name: 'Continue' }) });
    const plans = section.getByRole('list', { name: 'Plans' }).getByRole('group');
    // Plans are shown from the graph, fetched after the page's first paint.
    await expect.poll(() => plans.count()).toBe(2);
    expect(await axeViolations(page)).toEqual([]);
    // Newest first; the saved one once, marked as saved.
    expect(await plans.nth(0).getByRole('heading').textContent()).toBe(otherTitle);
    expect(await plans.nth(1).getByRole('heading').textContent()).toBe(savedTitle);
    const saved = section.getByRole('group', { name: savedTitle });
    expect(await saved.getByText('Saved plan').count()).toBe(1);

    // The progress matches the plan page: what is left is its "Steps".
    const bar = saved.getByRole('progressbar');
    const total = Number(await bar.getAttribute('aria-valuemax'));
    const known = Number(await bar.getAttribute('aria-valuenow'));
    expect(known).toBeGreaterThan(0);
    expect(total - known).toBe(savedSteps);
    expect(await bar.getAttribute('aria-valuetext')).toBe(`${known} of ${total} known`);
    expect(await saved.locator('.continue-next a').textContent()).not.toBe(firstStep);

    // Following the other plan's next step opens that concept.
    const other = section.getByRole('group', { name: otherTitle });
    expect(await other.getByRole('progressbar').getAttribute('aria-valuetext')).toMatch(/^0 of \d+ known$/);
    await other.locator('.continue-next a').click();
    await page.waitForURL(/\/concepts\//);
    expect((await page.locator('main h1').textContent())?.trim()).toBe(otherNext.trim());

    // The plan's own link opens the plan.
    await page.goBack();
    await section.getByRole('link', { name: savedTitle }).click();
    await page.waitForURL(/\/plan\/v1\/chain-rule/);
    expect(await page.locator('main h1').textContent()).toBe(savedTitle);
  });
});
