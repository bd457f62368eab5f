import type { Browser } from 'playwright-core';
import { recordNetwork } from './recordNetwork';

/** Search on a page opened by URL. */
export interface SearchTimes {
  /** From the key that opens the dialog to the first result of the first query, ms. */
  readonly firstResults: number;
  /** Bytes received for requests sent after the page had loaded and before the first results. */
  readonly bytes: number;
  /** Each later query: from its input event to the result list changing, ms. */
  readonly queries: readonly number[];
}

// Strings, not functions: tsx would wrap named functions in a helper the page lacks.
const WATCH_OPEN = `(() => {
  const marks = (window.__siteSearch = {});
  document.addEventListener('keydown', (e) => { if (e.key === '/' && marks.open === undefined) marks.open = performance.now(); }, true);
  const observer = new MutationObserver(() => {
    if (marks.open !== undefined && document.querySelector('[role="option"]')) {
      marks.results = performance.now();
      observer.disconnect();
    }
  });
  observer.observe(document, { childList: true, subtree: true });
})()`;

/** Sets the search box to a query as typing would, and resolves with the ms until the result list changes. */
const timeQuery = (query: string) => `new Promise((done, fail) => {
  const box = document.querySelector('[role="combobox"]');
  const list = document.querySelector('[role="listbox"]');
  const before = list.textContent;
  const start = performance.now();
  const observer = new MutationObserver(() => {
    if (list.textContent !== before) { observer.disconnect(); done(performance.now() - start); }
  });
  observer.observe(list, { childList: true, subtree: true, characterData: true });
  setTimeout(() => { observer.disconnect(); fail(new Error('no new results for ' + ${JSON.stringify(query)})); }, 10000);
  Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set.call(box, ${JSON.stringify(query)});
  box.dispatchEvent(new Event('input', { bubbles: true }));
})`;

/**
 * Opens `url`, waits until it has loaded, presses `/`, types `first` and waits for results; then
 * times each of `queries` (each must change the results).
 */
// Service workers blocked: what a worker fetches is not the page's network, and CDP would count
// the page's copy of it as no bytes.
export async function measureSearch(browser: Browser, url: string, first: string, queries: readonly string[]): Promise<SearchTimes> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, serviceWorkers: 'block' });
  try {
    const page = await context.newPage();
    await page.addInitScript(WATCH_OPEN);
    const network = await recordNetwork(await context.newCDPSession(page));
    await page.goto(url, { waitUntil: 'load' });
    await page.locator('main h1').first().waitFor();
    await page.waitForLoadState('networkidle');
    network.mark();
    await page.keyboard.press('/');
    const box = page.getByRole('combobox', { name: 'Search concepts' });
    await box.fill(first);
    await page.getByRole('option').first().waitFor({ timeout: 30_000 });
    const marks = await page.evaluate<{ open: number; results: number }>('window.__siteSearch');
    // Whatever search fetches after its first results (the rest of an index) counts too.
    await page.waitForTimeout(500);
    const bytes = network.bytesSinceMark();
    const times: number[] = [];
    for (const query of queries) times.push(await page.evaluate<number>(timeQuery(query)));
    return { firstResults: marks.results - marks.open, bytes, queries: times };
  } finally {
    await context.close();
  }
}
