import type { Browser } from 'playwright-core';
import { bytesBefore } from './bytesBefore';
import { pageMarksScript, type PageMarks } from './pageMarksScript';
import { recordNetwork } from './recordNetwork';

/** One page opened by URL in a fresh profile. */
export interface PageLoad {
  /** Bytes received (gzip bodies and headers) for the requests finished when the title was visible. */
  readonly bytes: number;
  /** First contentful paint, ms since navigation. */
  readonly fcp: number;
  /** Title visible: in the document and painted (the later of the two), ms since navigation. */
  readonly title: number;
}

const TIMEOUT = 60_000;

/** Opens `url` in a fresh context, no cache, the CPU slowed `throttle` times, and measures its first load. */
export async function measurePageLoad(browser: Browser, url: string, throttle: number): Promise<PageLoad> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, serviceWorkers: 'block' });
  try {
    const page = await context.newPage();
    await page.addInitScript(pageMarksScript);
    const cdp = await context.newCDPSession(page);
    const network = await recordNetwork(cdp);
    if (throttle > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
    await page.goto(url, { waitUntil: 'commit', timeout: TIMEOUT });
    await page.waitForFunction(
      `window.__siteBench && window.__siteBench.title !== undefined && performance.getEntriesByName('first-contentful-paint').length > 0`,
      null,
      { timeout: TIMEOUT, polling: 50 },
    );
    const { marks, origin, fcp } = await page.evaluate<{ marks: PageMarks; origin: number; fcp: number }>(
      `({ marks: window.__siteBench, origin: performance.timeOrigin, fcp: performance.getEntriesByName('first-contentful-paint')[0].startTime })`,
    );
    const title = Math.max(marks.title!, fcp);
    return { bytes: bytesBefore(network.finished, origin + title), fcp, title };
  } finally {
    await context.close();
  }
}
