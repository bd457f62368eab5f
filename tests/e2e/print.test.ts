import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { asConceptId } from '../../src/core/model/ConceptId';
import { encodePlanUrl } from '../../src/core/planner/url/planUrl';
import { describeInBrowser, open, startHarness, type Harness } from './browserHarness';

// A4 at 96 dpi with Chromium's default 1 cm margins: the width a printed page lays out in.
const PAGE_WIDTH = 718;
const SHARED = encodePlanUrl({
  targets: [asConceptId('backpropagation')],
  known: [asConceptId('derivatives')],
  title: 'Week 4: backpropagation',
  note: 'Read before Thursday.',
});

/** Whether each match is drawn: not under `display: none`, a closed `<details>` or `visibility: hidden`. */
const shown = (page: Page, selector: string) =>
  page.locator(selector).evaluateAll((els) => els.map((el) => el.checkVisibility({ visibilityProperty: true })));

describeInBrowser('printing a shared plan', () => {
  let app: Harness;
  let page: Page;
  beforeAll(async () => {
    app = await startHarness();
    page = await (await app.newContext({ viewport: { width: PAGE_WIDTH, height: 1000 } })).newPage();
    await open(page, SHARED);
    // The graph is on the screen before printing, so printing has to deal with it.
    await page.locator('a.graph-node').first().waitFor();
    await page.emulateMedia({ media: 'print' });
  });
  afterAll(() => app?.close());

  it('leaves the graph out of print, with its option and zoom hint, and nothing runs off the page', async () => {
    expect(await shown(page, '.plan-graph')).toEqual([false]);
    expect(await shown(page, 'label.graph-option')).toEqual([false]);
    expect(await shown(page, '.graph-caption')).toEqual([false]);
    expect(await page.getByText('Ctrl + scroll or pinch to zoom', { exact: false }).isVisible()).toBe(false);
    const overflow = await page.evaluate((width) => {
      const wide = [...document.querySelectorAll('main *')].filter((el) => {
        const box = el.getBoundingClientRect();
        return box.width > 0 && box.height > 0 && getComputedStyle(el).visibility !== 'hidden' && box.right > width + 1;
      });
      return { scroll: document.documentElement.scrollWidth, wide: wide.map((el) => el.className || el.tagName) };
    }, PAGE_WIDTH);
    expect(overflow.wide).toEqual([]);
    expect(overflow.scroll).toBeLessThanOrEqual(PAGE_WIDTH);
  });

  it('prints the title, note, totals, assumed concepts and every step, and no controls', async () => {
    for (const selector of ['main h1', '.plan-note', '.plan-stats', 'details.assumed', '.print-steps']) {
      expect(await shown(page, selector), selector).toEqual([true]);
    }
    const steps = await page.locator('.print-step').count();
    expect(steps).toBeGreaterThan(5);
    expect(await page.locator('.print-step').first().textContent()).toMatch(/\((\d+ h( \d+ min)?|\d+ min)\)/);
    for (const selector of ['.plan-steps', '.share-panel', '.page-actions', 'button', 'input', '.site-header', '.site-footer']) {
      expect(await shown(page, selector), selector).not.toContain(true);
    }
  });

  it('keeps every duration on one line and every box on one page', async () => {
    const durations = await page
      .locator('.duration')
      .evaluateAll((els) =>
        els.filter((el) => el.getClientRects().length > 0).map((el) => [el.textContent, getComputedStyle(el).whiteSpace]),
      );
    // The time left and one per printed step.
    expect(durations.length).toBe((await page.locator('.print-step').count()) + 1);
    for (const [text, whiteSpace] of durations) expect(whiteSpace, String(text)).toBe('nowrap');
    // A box is a drawn border or background; each must not be cut by a page break.
    const split = await page.evaluate(() =>
      [...document.querySelectorAll('main *')]
        .filter((el) => {
          const style = getComputedStyle(el);
          if (el.getClientRects().length === 0 || style.display.startsWith('inline')) return false;
          const bordered = ['top', 'right', 'bottom', 'left'].some(
            (side) => parseFloat(style.getPropertyValue(`border-${side}-width`)) > 0,
          );
          const filled = style.backgroundColor !== 'rgba(0, 0, 0, 0)' && style.backgroundColor !== 'transparent';
          return (bordered || filled) && style.breakInside !== 'avoid' && style.breakInside !== 'avoid-page';
        })
        .map((el) => `${el.tagName.toLowerCase()}.${el.className}`),
    );
    expect(split).toEqual([]);
  });

  it('prints a long list of assumed concepts whole, though it starts closed on screen', async () => {
    const scout = await (await app.newContext()).newPage();
    await open(scout, '/plan/v1/backpropagation');
    const steps = await scout
      .locator('.plan-step a.link-internal')
      .evaluateAll((links) => links.map((a) => a.getAttribute('data-concept')!));
    const known = steps.slice(0, 9).map(asConceptId);
    const long = await (await app.newContext({ viewport: { width: PAGE_WIDTH, height: 1000 } })).newPage();
    await open(long, encodePlanUrl({ targets: [asConceptId('backpropagation')], known }));
    expect(await long.locator('details.assumed').getAttribute('open')).toBeNull();
    await long.emulateMedia({ media: 'print' });
    expect(await shown(long, 'details.assumed li')).toEqual(known.map(() => true));
  });

  it('prints to an A4 PDF of a few pages', async () => {
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    // One page per /Type /Page object; a plan of this size fits a handful of pages.
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)?.length ?? 0;
    expect(pages).toBeGreaterThan(0);
    expect(pages).toBeLessThan(12);
  });
});
