import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolations, describeInBrowser, hueOf, open, startHarness, type Harness } from './browserHarness';

const PLAN = '/plan/v1/backpropagation';
const PHONE = { width: 390, height: 844 };

/** The "Next up" step and its open study card. */
function nextUp(page: Page) {
  const step = page.locator('.plan-step[data-next-up]');
  return { step, card: step.getByRole('region', { name: /^Study card\b/ }) };
}

describeInBrowser('study cards in the plan', () => {
  let app: Harness;
  beforeAll(async () => {
    app = await startHarness();
  });
  afterAll(() => app?.close());

  it('opens the next-up step’s card, whose resource links leave safely, with no referrer and no opener', async () => {
    const context = await app.newContext();
    const page = await context.newPage();
    await open(page, PLAN);
    const { step, card } = nextUp(page);
    expect(await step.count()).toBe(1);
    expect(await step.getByText('Next up', { exact: true }).isVisible()).toBe(true);
    expect(await step.getByRole('button', { name: /^Study card\b/ }).getAttribute('aria-expanded')).toBe('true');
    await card.waitFor();
    expect(await card.getByRole('heading', { name: 'Check yourself' }).isVisible()).toBe(true);

    const link = card.locator('.resource-list a').first();
    const href = (await link.getAttribute('href'))!;
    expect(href).toMatch(/^https?:\/\//);
    expect(await link.getAttribute('class')).toBe('link-external');
    expect(await link.getAttribute('rel')).toBe('noopener noreferrer');
    expect(await link.getAttribute('target')).toBeNull();
    // Green, like every external link, with the arrow after it as the cue that is not colour.
    const green = hueOf(await link.evaluate((a) => getComputedStyle(a).color));
    expect(green.hue > 90 && green.hue < 160 && green.saturation > 0.3, `hue ${green.hue}`).toBe(true);
    expect(await link.evaluate((a) => getComputedStyle(a, '::after').content)).toContain('↗');

    // There is no network: the resource's site is a stand-in page that reports what it was given.
    await context.route(href, (route) =>
      route.fulfill({
        contentType: 'text/html',
        body: '<title>resource</title><script>document.title = JSON.stringify({ referrer: document.referrer, opener: window.opener !== null })</script>',
      }),
    );
    await link.click();
    await page.waitForURL(href);
    await page.waitForFunction(() => document.title.startsWith('{'));
    expect(JSON.parse(await page.title())).toEqual({ referrer: '', opener: false });
    // And back to the plan, where the card is open again.
    await page.goBack();
    await page.locator('main h1').waitFor();
    await nextUp(page).card.waitFor();
  });

  it('on a phone, shows the steps first, and the graph one tap away', async () => {
    const page = await (await app.newContext({ viewport: PHONE, isMobile: true, hasTouch: true })).newPage();
    await open(page, PLAN);
    await page.locator('.plan-step').first().waitFor();
    expect(await page.locator('.plan-graph, .graph-slot-placeholder').count()).toBe(0);
    const show = page.getByRole('button', { name: 'Show the graph' });
    const steps = page.getByRole('heading', { level: 2, name: 'Steps' });
    // The steps start on the first screen, the first step's title included; the button to the graph is above them.
    const first = (await page.locator('.plan-step').first().getByRole('link').first().boundingBox())!;
    expect(first.y + first.height).toBeLessThan(PHONE.height);
    expect((await show.boundingBox())!.y).toBeLessThan((await steps.boundingBox())!.y);
    const { scroll, client } = await page.evaluate(() => ({
      scroll: document.documentElement.scrollWidth,
      client: document.documentElement.clientWidth,
    }));
    expect(scroll).toBeLessThanOrEqual(client);

    await show.tap();
    await page.locator('a.graph-node').first().waitFor();
    expect(await page.getByRole('button', { name: 'Hide the graph' }).getAttribute('aria-expanded')).toBe('true');

    // On a wide screen the graph is there from the start, above the steps.
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.locator('a.graph-node').first().waitFor();
    expect(await page.getByRole('button', { name: /the graph$/ }).count()).toBe(0);
    expect((await page.locator('.plan-graph').boundingBox())!.y).toBeLessThan((await steps.boundingBox())!.y);
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    it(`has no axe violations with cards open and answered, in ${colorScheme} mode, wide and on a phone`, async () => {
      const found: string[] = [];
      for (const viewport of [{ width: 1280, height: 800 }, PHONE]) {
        const page = await (await app.newContext({ colorScheme, viewport })).newPage();
        await open(page, PLAN);
        const { card } = nextUp(page);
        await card.waitFor();
        // A choice answered (its feedback shown) and a recall question revealed.
        const choice = card.locator('fieldset.check').first();
        await choice.getByRole('radio').first().check();
        await choice.getByRole('button', { name: 'Check' }).click();
        await choice.locator('.check-feedback p').waitFor();
        await card.getByRole('button', { name: 'Show the answer' }).first().click();
        // A second card open beside it.
        await page
          .getByRole('button', { name: /^Study card\b/ })
          .nth(1)
          .click();
        if (viewport === PHONE) await page.getByRole('button', { name: 'Show the graph' }).click();
        await page.locator('a.graph-node').first().waitFor();
        for (const v of await axeViolations(page)) found.push(`${viewport.width}px: ${v}`);
      }
      expect(found).toEqual([]);
    });
  }
});
