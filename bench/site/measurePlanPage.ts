import type { Browser } from 'playwright-core';
import { pageMarksScript, type PageMarks } from './pageMarksScript';

/** A plan page opened by URL: when its first step was in the document, and how many elements it had then. */
export interface PlanPageLoad {
  readonly listVisible: number;
  readonly domNodes: number;
}

/** Opens the plan page at `url` in a fresh context, no cache, and waits for its first step. */
export async function measurePlanPage(browser: Browser, url: string): Promise<PlanPageLoad> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, serviceWorkers: 'block' });
  try {
    const page = await context.newPage();
    await page.addInitScript(pageMarksScript);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    await page.goto(url, { waitUntil: 'commit' });
    await page.waitForFunction(`window.__siteBench && window.__siteBench.planStep !== undefined`, null, { timeout: 60_000, polling: 50 });
    const marks = await page.evaluate<PageMarks>('window.__siteBench');
    return { listVisible: marks.planStep!, domNodes: marks.planNodes! };
  } finally {
    await context.close();
  }
}
