import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolations, describeInBrowser, open, startHarness, type Harness } from './browserHarness';

const PLAN = '/plan/v1/backpropagation';

/** Waits until the graph has drawn its nodes. */
async function graphReady(page: Page): Promise<void> {
  await page.locator('a.graph-node').first().waitFor();
}

/** The view's zoom scale, read from the one transform on the layer holding the drawing. */
async function scale(page: Page): Promise<number> {
  const transform = await page
    .locator('.graph-layer')
    .first()
    .evaluate((el) => (el as HTMLElement).style.transform);
  return Number(/scale\(([^)]+)\)/.exec(transform)?.[1]);
}

const focusedId = (page: Page) => page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset?.id ?? null);

describeInBrowser('the plan as a graph', () => {
  let app: Harness;
  beforeAll(async () => {
    app = await startHarness();
  });
  afterAll(() => app?.close());

  it('shows exactly the plan steps, in order, with the same titles as the list', async () => {
    const page = await (await app.newContext()).newPage();
    await open(page, PLAN);
    await graphReady(page);
    const listed = await page
      .locator('.plan-step > .step-main > a')
      .evaluateAll((links) => links.map((a) => [a.getAttribute('href')!.replace('/concepts/', ''), a.firstChild?.textContent?.trim()]));
    const drawn = await page
      .locator('a.graph-node')
      .evaluateAll((nodes) => nodes.map((n) => [n.getAttribute('data-id'), n.querySelector('.graph-node-title')?.textContent]));
    expect(listed.length).toBeGreaterThan(5);
    expect(drawn).toEqual(listed);
    // On a wide screen the graph takes the page's width; the text keeps the reading measure.
    const width = (selector: string) =>
      page
        .locator(selector)
        .first()
        .evaluate((el) => el.getBoundingClientRect().width);
    const [frame, steps, header] = await Promise.all([width('.plan-graph'), width('.plan-steps'), width('.plan-page > .page-header')]);
    expect(frame).toBeGreaterThan(header * 1.2);
    expect(steps).toBeLessThanOrEqual(header);
  });

  it('opens a concept when its node is clicked', async () => {
    const page = await (await app.newContext()).newPage();
    await open(page, PLAN);
    await graphReady(page);
    // Fit first, so the node is inside the frame wherever the layout put it.
    await page.getByRole('button', { name: 'Fit' }).click();
    await expect.poll(() => page.locator('.graph-layer.is-moving').count()).toBe(0);
    const node = page.locator('a.graph-node.is-emphasis');
    const id = await node.getAttribute('data-id');
    const title = await node.locator('.graph-node-title').textContent();
    await node.click();
    await page.waitForURL(`**/concepts/${id}`);
    await expect(page.locator('main h1').first().textContent()).resolves.toContain(title);
  });

  it('zooms with the buttons, the keyboard and Ctrl + wheel', async () => {
    const page = await (await app.newContext()).newPage();
    await open(page, PLAN);
    await graphReady(page);
    const start = await scale(page);
    await page.getByRole('button', { name: 'Zoom in' }).click();
    await expect.poll(() => scale(page)).toBeCloseTo(start * 1.25, 5);
    await page.locator('.graph-surface').focus();
    await page.keyboard.press('-');
    await expect.poll(() => scale(page)).toBeCloseTo(start, 5);
    const box = (await page.locator('.graph-surface').boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.keyboard.down('Control');
    await page.mouse.wheel(0, -200);
    await page.keyboard.up('Control');
    await expect.poll(() => scale(page)).toBeGreaterThan(start * 1.1);
  });

  it('moves keyboard focus along the prerequisite edges', async () => {
    const page = await (await app.newContext()).newPage();
    await open(page, PLAN);
    await graphReady(page);
    await page.locator('.graph-surface').focus();
    await page.keyboard.press('Tab');
    const first = await focusedId(page);
    expect(first).toBe(await page.locator('a.graph-node[tabindex="0"]').getAttribute('data-id'));
    const edges = await page
      .locator('.graph-edges path')
      .evaluateAll((paths) => paths.map((p) => [p.getAttribute('data-from'), p.getAttribute('data-to')]));
    await page.keyboard.press('ArrowDown');
    const down = await focusedId(page);
    expect(edges).toContainEqual([first, down]);
    await page.keyboard.press('ArrowUp');
    const up = await focusedId(page);
    expect(edges).toContainEqual([up, down]);
    await page.keyboard.press('Enter');
    await page.waitForURL(`**/concepts/${up}`);
  });

  it('draws a local graph on a concept page and a searchable graph of everything', async () => {
    const page = await (await app.newContext()).newPage();
    await open(page, '/concepts/backpropagation');
    await page.getByRole('heading', { name: 'Around this concept' }).waitFor();
    await graphReady(page);
    expect(await page.locator('a.graph-node.is-emphasis').getAttribute('data-id')).toBe('backpropagation');
    await open(page, '/explore');
    await graphReady(page);
    const all = await page.locator('a.graph-node').count();
    expect(all).toBeGreaterThan(50);
    await page.getByRole('searchbox', { name: 'Find a concept' }).fill('backpropagation');
    await page.keyboard.press('Enter');
    await expect.poll(() => focusedId(page)).toMatch(/^backpropagation/);
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    it(`has no axe violations in its graph views in ${colorScheme} mode`, async () => {
      const page = await (await app.newContext({ colorScheme })).newPage();
      const found: string[] = [];
      await open(page, PLAN);
      await graphReady(page);
      await page.getByRole('checkbox', { name: /Show the known concepts/ }).check();
      await page.locator('a.graph-node').nth(2).hover();
      for (const v of await axeViolations(page)) found.push(`plan: ${v}`);
      for (const path of ['/concepts/backpropagation', '/explore']) {
        await open(page, path);
        await graphReady(page);
        for (const v of await axeViolations(page)) found.push(`${path}: ${v}`);
      }
      expect(found).toEqual([]);
    });
  }
});
