import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeInBrowser, open, startHarness, type Harness } from './browserHarness';

describeInBrowser('search', () => {
  let app: Harness;
  beforeAll(async () => {
    app = await startHarness();
  });
  afterAll(() => app?.close());

  it('finds and opens a concept with the keyboard alone', async () => {
    const page = await (await app.newContext()).newPage();
    await open(page, '/');
    const title = (await page.locator('.next-list a.link-internal').first().textContent())!.trim();
    await page.keyboard.press('/');
    const box = page.getByRole('combobox', { name: 'Search concepts' });
    await box.waitFor();
    expect(await box.evaluate((el) => el === document.activeElement)).toBe(true);
    // A typo: the first word of the title with its fourth letter left out.
    const word = title.split(' ')[0]!.toLowerCase();
    const typo = word.length > 4 ? word.slice(0, 3) + word.slice(4) : word;
    await page.keyboard.type(typo);
    await page.getByRole('option').first().waitFor();
    const options = await page.getByRole('option').allTextContents();
    const index = options.findIndex((o) => o.startsWith(title));
    expect(index, `"${typo}" should find "${title}" in ${JSON.stringify(options)}`).toBeGreaterThanOrEqual(0);
    for (let i = 0; i < index; i++) await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/concepts\//);
    expect(await page.locator('main h1').textContent()).toContain(title);
    expect(await page.getByRole('dialog').count()).toBe(0);

    // Ctrl+K from anywhere; a prefix finds it too; Escape closes.
    await page.keyboard.press('Control+k');
    await box.waitFor();
    await page.keyboard.type(word.slice(0, 4));
    await page.getByRole('option').first().waitFor();
    expect((await page.getByRole('option').allTextContents()).some((o) => o.startsWith(title))).toBe(true);
    await page.keyboard.press('Escape');
    expect(await page.getByRole('dialog').count()).toBe(0);
  });
});
