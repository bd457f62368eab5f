import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, expect, it, onTestFinished } from 'vitest';
import type { Page } from 'playwright-core';
import { asConceptId } from '../../src/core/model/ConceptId';
import { encodePlanUrl } from '../../src/core/planner/url/planUrl';
import { describeInBrowser, open, startHarness, type Harness } from './browserHarness';

/**
 * Serves a course page of another site that frames `src`, as the embed snippet is meant for. It
 * is served on the loopback address too (Chromium blocks public pages from framing local ones)
 * but opened as `localhost`, another site than the app's `127.0.0.1`.
 */
async function serveCoursePage(src: string): Promise<{ readonly url: string; readonly server: Server }> {
  const server = createServer((_, response) => {
    response.setHeader('content-type', 'text/html; charset=utf-8');
    response.end(`<!doctype html><title>Week 1</title><h1>Week 1</h1><iframe src="${src}" title="Plan" width="600" height="480"></iframe>`);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return { url: `http://localhost:${(server.address() as AddressInfo).port}/week-1`, server };
}

describeInBrowser('sharing a plan by link and by embed', () => {
  let app: Harness;
  let target: string;
  let first: string;
  beforeAll(async () => {
    app = await startHarness();
    // A roadmap's last concept, whose plan has its first step as a prerequisite of later ones.
    const scout = await (await app.newContext()).newPage();
    await open(scout, '/');
    await scout.locator('.card h3 a').first().click();
    await scout.locator('.prose a.link-internal').first().waitFor();
    const ids = await scout.locator('.prose a.link-internal').evaluateAll((links) => links.map((a) => a.getAttribute('data-concept')!));
    target = ids[ids.length - 1]!;
    await open(scout, `/plan/v1/${target}`);
    first = (await scout.locator('.plan-step a.link-internal').first().getAttribute('data-concept'))!;
  });
  afterAll(() => app?.close());

  async function markKnown(page: Page, id: string) {
    await open(page, `/concepts/${id}`);
    await page.getByRole('radio', { name: 'Known' }).check();
  }

  it('copies the plan’s link, or the link with what I know assumed, and says what the recipient sees', async () => {
    const context = await app.newContext();
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const page = await context.newPage();
    await markKnown(page, first);
    await open(page, `/plan/v1/${target}`);
    const clipboard = () => page.evaluate(() => navigator.clipboard.readText());

    await page.getByRole('button', { name: 'Copy link to this plan' }).click();
    await page.getByText('Link copied. Whoever opens it sees this plan from scratch, with their own progress, not yours.').waitFor();
    expect(await clipboard()).toBe(`${app.base}/plan/v1/${target}`);

    await page.getByRole('button', { name: 'Copy link with what I know marked as assumed' }).click();
    await page.getByText(/^Link copied\. Whoever opens it gets this plan with the 1 concept you know marked as assumed/).waitFor();
    const withKnown = await clipboard();
    expect(withKnown).toBe(app.base + encodePlanUrl({ targets: [asConceptId(target)], known: [asConceptId(first)] }));

    // The recipient, with no progress of their own, gets a plan that skips it.
    const recipient = await (await app.newContext()).newPage();
    await open(recipient, withKnown);
    expect(await recipient.locator(`details.assumed a[data-concept="${first}"]`).count()).toBe(1);
    // No step for it (a study card may still name it among a step's prerequisites).
    expect(await recipient.locator(`.plan-step > .step-main > a[data-concept="${first}"]`).count()).toBe(0);
  });

  it('shows the learner’s progress on the site, and says plainly when another site’s page cannot show it', async () => {
    const context = await app.newContext();
    const page = await context.newPage();
    await markKnown(page, first);
    const embed = `/embed/plan/v1/${target}`;
    await open(page, embed);
    expect(await page.locator('.meter-text').textContent()).toMatch(/^1 of \d+ known/);
    expect(await page.locator('.embed-access').count()).toBe(0);

    const course = await serveCoursePage(app.base + embed);
    onTestFinished(() => void course.server.close());
    await page.goto(course.url);
    const frame = page.frameLocator('iframe');
    await frame.locator('main h1').waitFor();
    // This browser keeps the site's storage apart in the frame: no progress is claimed.
    const ask = frame.getByRole('button', { name: 'Show my progress' });
    if (await ask.count()) await ask.click();
    const message = frame.getByText(/^Your progress cannot be shown here/);
    await message.waitFor();
    expect(await frame.locator('.meter').count()).toBe(0);
    expect(await frame.locator('.embed-step[data-state]').count()).toBe(0);
    const link = message.getByRole('link', { name: /^Open this plan on / });
    expect(await link.getAttribute('href')).toBe(`/plan/v1/${target}`);
    expect(await link.getAttribute('target')).toBe('_blank');
    expect(await link.getAttribute('rel')).toBe('noopener');
  });
});
