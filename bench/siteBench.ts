import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';
import type { BenchRow } from './BenchRow';
import { chromiumFlags } from './site/chromiumFlags';
import { lighthouseShipped } from './site/lighthouseShipped';
import { measureSize, type SizeResult } from './site/measureSize';
import type { SiteFigures } from './site/SiteFigures';
import { siteRows } from './site/siteRows';

/**
 * The production site as a reader meets it: synthetic sites of 150, 1,000 and 10,000 concepts are
 * built (timed against a plain compile) and served as a static host serves them (gzip, `X.html`
 * for `/X`, `404.html` for the rest), then opened by URL in Debian's Chromium, each load in a fresh
 * profile: bytes before the title shows and first contentful paint for a concept, a roadmap and
 * the home page, unthrottled and at 4× CPU; at the largest size a plan page of about 1,000 steps
 * and search too. Last, Lighthouse on the shipped site. Figures, not pass/fail tests.
 */
const SIZES = [150, 1000, 10_000] as const;
const RUNS = 5;
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export async function siteBench(log: (line: string) => void = () => {}): Promise<BenchRow[]> {
  if (!existsSync(CHROMIUM)) {
    console.warn(`site: skipped, no Chromium at ${CHROMIUM} (apt-get install chromium)`);
    return [];
  }
  const results: SizeResult[] = [];
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: [...chromiumFlags] });
  try {
    for (const concepts of SIZES) {
      results.push(await measureSize(browser, { concepts, runs: RUNS, planAndSearch: concepts === SIZES.at(-1), log }));
    }
  } finally {
    await browser.close();
  }
  let lighthouse: SiteFigures['lighthouse'];
  try {
    lighthouse = await lighthouseShipped(CHROMIUM, log);
  } catch (error) {
    console.warn(`site: Lighthouse skipped: ${error instanceof Error ? error.message : String(error)}`);
  }
  const last = results.at(-1);
  return siteRows({
    sizes: results.map((r) => r.size),
    runs: RUNS,
    ...(last?.plan ? { plan: last.plan } : {}),
    ...(last?.search ? { search: last.search } : {}),
    ...(lighthouse ? { lighthouse } : {}),
  });
}
