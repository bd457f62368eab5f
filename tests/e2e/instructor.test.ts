import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { axeViolations, describeInBrowser, open, startHarness, type Harness } from './browserHarness';

/** Step titles on the plan page, in order. */
const planSteps = (page: Page) =>
  page.locator('.plan-step .step-main > a').evaluateAll((links) => links.map((a) => a.firstChild?.textContent ?? ''));
/** Step titles in the plan builder, in order. */
const builderSteps = (page: Page) =>
  page.locator('.builder-step-title a').evaluateAll((links) => links.map((a) => a.firstChild?.textContent ?? ''));

/** Builds a plan for backpropagation in /plan/new, titled, with one concept assumed known. */
async function buildPlan(page: Page): Promise<void> {
  await open(page, '/plan/new');
  await page.getByRole('combobox', { name: 'Add a target concept' }).fill('backpropagation');
  await page
    .getByRole('option', { name: /^Backpropagation/ })
    .first()
    .waitFor();
  await page.keyboard.press('Enter');
  await page.locator('.builder-step').first().waitFor();
  await page.getByRole('textbox', { name: 'Title' }).fill('Week 4: Backpropagation');
  await page.getByRole('textbox', { name: 'Note for learners (optional)' }).fill('Read before the lab.');
  // The box goes away with its step (into the assumed list), so click rather than check.
  await page.getByRole('checkbox', { name: 'Assumed known: Derivatives', exact: true }).click();
}

describeInBrowser('instructors: build, share, print, export and embed plans', () => {
  let app: Harness;
  beforeAll(async () => {
    app = await startHarness();
  });
  afterAll(() => app?.close());

  it('builds a plan whose copied URL opens the same steps and title in a fresh profile', async () => {
    const context = await app.newContext();
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: app.base });
    const page = await context.newPage();
    await buildPlan(page);
    const steps = await builderSteps(page);
    expect(steps.length).toBeGreaterThan(5);
    expect(steps).not.toContain('Derivatives');
    expect(steps.at(-1)).toBe('Backpropagation');
    // The draft survives a reload: it is kept in the address bar.
    await page.waitForURL(/\/plan\/new\?from=.*Read/);
    await page.reload();
    await page.locator('.builder-step').first().waitFor();
    expect(await builderSteps(page)).toEqual(steps);
    expect(await page.getByRole('textbox', { name: 'Title' }).inputValue()).toBe('Week 4: Backpropagation');
    await page.getByRole('button', { name: 'Copy link' }).click();
    await page.getByText('Link copied.').waitFor();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(await page.getByRole('textbox', { name: 'Plan link' }).inputValue());
    expect(copied.startsWith(`${app.base}/plan/v1/backpropagation?`)).toBe(true);

    const fresh = await (await app.newContext()).newPage();
    await open(fresh, copied.slice(app.base.length));
    expect(await fresh.locator('main h1').textContent()).toBe('Week 4: Backpropagation');
    expect(await fresh.getByText('Read before the lab.').isVisible()).toBe(true);
    expect(await planSteps(fresh)).toEqual(steps);
    expect(await fresh.title()).toMatch(/^Week 4: Backpropagation · /);
  });

  it('opens a hand-typed /plan/<id> as the versioned plan URL with the same steps', async () => {
    const page = await (await app.newContext()).newPage();
    await open(page, '/plan/v1/backpropagation');
    const steps = await planSteps(page);
    await open(page, '/plan/backpropagation?t=Lab%203');
    expect(new URL(page.url()).pathname + new URL(page.url()).search).toBe('/plan/v1/backpropagation?t=Lab%203');
    expect(await page.locator('main h1').textContent()).toBe('Lab 3');
    expect(await planSteps(page)).toEqual(steps);
    expect(steps.at(-1)).toBe('Backpropagation');
  });

  it('prints a plan and a course without navigation, with summaries and unsplit steps', async () => {
    const page = await (await app.newContext()).newPage();
    await open(page, '/plan/v1/backpropagation');
    expect(await page.locator('.print-steps').isVisible()).toBe(false);
    await page.emulateMedia({ media: 'print' });
    for (const chrome of ['.site-header', '.site-footer', 'nav', '.share-panel', '.plan-steps']) {
      expect(await page.locator(chrome).first().isVisible(), chrome).toBe(false);
    }
    expect(await page.getByRole('button').filter({ visible: true }).count()).toBe(0);
    const printed = page.locator('.print-steps > li');
    expect(await printed.locator('strong').allTextContents()).toEqual(
      await page.locator('.plan-step .step-main > a').evaluateAll((links) => links.map((a) => a.firstChild?.textContent ?? '')),
    );
    expect(await printed.first().evaluate((li) => getComputedStyle(li).breakInside)).toBe('avoid');
    // Summaries come with each concept's data file, fetched once the page is idle.
    await page.locator('.print-summary').first().waitFor();
    expect(await page.locator('.print-summary').first().isVisible()).toBe(true);
    expect(await page.locator('.print-resources a[href^="http"]').count()).toBeGreaterThan(0);

    await open(page, '/courses/deep-learning-reading-course');
    expect(await page.locator('.site-header').isVisible()).toBe(false);
    expect(await page.locator('nav').first().isVisible()).toBe(false);
    expect(
      await page
        .locator('.course-step')
        .first()
        .evaluate((li) => getComputedStyle(li).breakInside),
    ).toBe('avoid');
    await page.locator('.course-step .print-summary').first().waitFor();
    expect(await page.locator('.course-step .print-summary').first().isVisible()).toBe(true);
  });

  it('exports the plan as Markdown listing its steps in order with their links', async () => {
    const page = await (await app.newContext()).newPage();
    await open(page, '/plan/v1/logistic-regression?t=Regression%20week');
    const ids = await page.locator('.plan-step .step-main > a').evaluateAll((links) => links.map((a) => a.getAttribute('data-concept')));
    const titles = await planSteps(page);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export as Markdown' }).click()]);
    expect(download.suggestedFilename()).toBe('regression-week.md');
    const markdown = await readFile((await download.path())!, 'utf8');
    const lines = [...markdown.matchAll(/^- \[ \] \[(.+)\]\((.+)\) \((?:\d+ h(?: \d+ min)?|\d+ min)\)$/gm)];
    expect(lines.map((m) => m[1])).toEqual(titles);
    expect(lines.map((m) => m[2])).toEqual(ids.map((id) => `${app.base}/concepts/${id}`));
    expect(markdown).toMatch(/^# Regression week\n/);
    expect(markdown).toContain(`- Plan: <${app.base}/plan/v1/logistic-regression?t=Regression%20week>`);
  });

  it('renders the embed inside an iframe on another page, with the viewer’s own progress', async () => {
    const context = await app.newContext();
    const page = await context.newPage();
    await open(page, '/concepts/vectors');
    await page.getByRole('radio', { name: 'Known' }).check();
    const embed = '/embed/plan/v1/matrices?t=Matrix%20week';
    // A page on the same site holding the snippet, as a course page of this site would.
    await context.route(`${app.base}/host-page`, (route) =>
      route.fulfill({
        contentType: 'text/html',
        body: `<!doctype html><title>Host</title><h1>My course</h1><iframe src="${app.base}${embed}" title="Matrix week" width="600" height="400"></iframe>`,
      }),
    );
    await page.goto(`${app.base}/host-page`);
    const frame = page.frameLocator('iframe[title="Matrix week"]');
    await frame.locator('main h1').waitFor();
    expect(await frame.locator('main h1').textContent()).toBe('Matrix week');
    expect(await frame.locator('.embed-step').count()).toBe(2);
    expect(await frame.getByText('1 of 2 known').isVisible()).toBe(true);
    expect(await frame.locator('.site-header, .site-footer, nav').count()).toBe(0);

    // And on another site, where the snippet is meant to be pasted: a tiny server of its own,
    // reached as `localhost` (another site than `127.0.0.1`). A page served by the test itself
    // would count as public, and Chromium's local-network checks would block the frame.
    const host = createServer((_, response) => {
      response.setHeader('content-type', 'text/html');
      response.end(`<!doctype html><title>Elsewhere</title><iframe src="${app.base}${embed}" title="Matrix week"></iframe>`);
    });
    await new Promise<void>((done) => host.listen(0, '127.0.0.1', done));
    try {
      const { port } = host.address() as AddressInfo;
      await page.goto(`http://localhost:${port}/`);
      const elsewhere = page.frameLocator('iframe');
      await elsewhere.locator('main h1').waitFor();
      expect(await elsewhere.locator('.embed-step').count()).toBe(2);
      expect(await elsewhere.locator('.embed-step a').first().getAttribute('target')).toBe('_blank');
    } finally {
      await new Promise((done) => host.close(done));
    }
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    it(`has no axe violations on the instructor pages in ${colorScheme} mode`, async () => {
      const page = await (await app.newContext({ colorScheme })).newPage();
      const found: string[] = [];
      await buildPlan(page);
      await page.getByRole('combobox', { name: 'Add a target concept' }).fill('conv');
      await page.getByRole('option').first().waitFor();
      for (const v of await axeViolations(page)) found.push(`/plan/new: ${v}`);
      for (const path of ['/courses/deep-learning-reading-course', '/embed/plan/v1/backpropagation?t=Embedded', '/plan/v1/matrices']) {
        await open(page, path);
        await page.waitForFunction(() => !document.querySelector('.body-status'));
        for (const v of await axeViolations(page)) found.push(`${path}: ${v}`);
      }
      expect(found).toEqual([]);
    });
  }
});
