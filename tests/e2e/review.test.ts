import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { BrowserContext } from 'playwright-core';
import { axeViolations, describeInBrowser, open, startHarness, type Harness } from './browserHarness';

const CONCEPT = 'vectors';
const DAY = 86_400_000;
const OFFSET_KEY = 'e2e.clock-offset';

/** The concept's check questions as its file has them (for the right answer of each choice question). */
function checksOf(id: string): { correct?: number }[] {
  const text = readFileSync(new URL(`../../content/concepts/${id}.md`, import.meta.url), 'utf8');
  const front = text.split(/^---$/m)[1] ?? '';
  return (parse(front) as { checks?: { correct?: number }[] }).checks ?? [];
}

/**
 * The page's clock runs `localStorage[OFFSET_KEY]` milliseconds ahead of the real one: `Date.now()`
 * and `new Date()` both follow it, so moving time is a write and a reload, never a wait.
 */
async function withMovableClock(context: BrowserContext): Promise<void> {
  await context.addInitScript((key: string) => {
    const offset = Number(localStorage.getItem(key) ?? 0);
    const RealDate = Date;
    class ShiftedDate extends RealDate {
      constructor(...args: unknown[]) {
        if (args.length === 0) super(RealDate.now() + offset);
        else super(...(args as [string]));
      }
      static override now(): number {
        return RealDate.now() + offset;
      }
    }
    globalThis.Date = ShiftedDate as DateConstructor;
  }, OFFSET_KEY);
}

describeInBrowser('spaced review', () => {
  let app: Harness;
  beforeAll(async () => {
    app = await startHarness();
  });
  afterAll(() => app?.close());

  it('schedules a concept marked known, shows it due once the clock passes its date, and reviews it', async () => {
    const context = await app.newContext();
    await withMovableClock(context);
    const page = await context.newPage();
    const nav = page.getByRole('navigation', { name: 'Main' });

    await open(page, `/concepts/${CONCEPT}`);
    await page.locator('.state-option', { hasText: 'Known' }).click();
    await page.waitForFunction(() => JSON.parse(localStorage.getItem('roadmaps.progress') ?? '{}').reviews?.vectors?.card);
    const first = await page.evaluate(() => JSON.parse(localStorage.getItem('roadmaps.progress')!).reviews.vectors.card.due as string);
    // Nothing is due yet: no count in the header.
    expect(await nav.getByRole('link', { name: 'Review', exact: true }).count()).toBe(1);

    await open(page, '/review');
    expect(await page.locator('.review-page .lead').textContent()).toMatch(
      /^Nothing is due for review\. The next review is due in \d+ days\.$/,
    );

    // A day past its due date.
    const offset = Date.parse(first) - Date.now() + DAY;
    await page.evaluate(([key, value]) => localStorage.setItem(key!, value!), [OFFSET_KEY, String(offset)]);
    await page.reload();
    await page.locator('main h1').first().waitFor();
    await nav.getByRole('link', { name: 'Review 1 due' }).waitFor();
    expect(await page.locator('.review-page .lead').textContent()).toBe('1 concept due for review.');
    expect(await page.locator('.review-card h2').textContent()).toMatch(/^Vectors/);
    expect(await axeViolations(page)).toEqual([]);

    // Answer its two questions right: the first two checks on a first review.
    const checks = checksOf(CONCEPT);
    for (const [i, check] of checks.slice(0, 2).entries()) {
      const question = page.locator('.review-card .check').nth(i);
      if (check.correct === undefined) {
        await question.getByRole('button', { name: 'Show the answer' }).click();
        await question.getByRole('button', { name: 'I remembered it' }).click();
      } else {
        await question.locator(`input[type=radio][value="${check.correct}"]`).check();
        await question.getByRole('button', { name: 'Check' }).click();
      }
    }
    const result = page.locator('.review-result');
    await result.getByText('Reviewed.').waitFor();
    expect(await result.textContent()).toMatch(/Next review in \d+ days\./);
    const next = await page.evaluate(() => JSON.parse(localStorage.getItem('roadmaps.progress')!).reviews.vectors.card.due as string);
    expect(Date.parse(next) - Date.parse(first)).toBeGreaterThan(7 * DAY);

    // Scheduled later: after a reload nothing is due, and the header shows no count.
    await page.reload();
    await page.locator('main h1').first().waitFor();
    expect(await page.locator('.review-page .lead').textContent()).toMatch(
      /^Nothing is due for review\. The next review is due in \d+ days\.$/,
    );
    expect(await nav.getByRole('link', { name: 'Review', exact: true }).count()).toBe(1);
    await context.close();
  });
});
