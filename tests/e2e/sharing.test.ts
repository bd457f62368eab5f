import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { asConceptId } from '../../src/core/model/ConceptId';
import { encodePlanUrl } from '../../src/core/planner/url/planUrl';
import { describeInBrowser, open, startHarness, type Harness } from './browserHarness';

describeInBrowser('sharing plans and moving progress', () => {
  let app: Harness;
  beforeAll(async () => {
    app = await startHarness();
  });
  afterAll(() => app?.close());

  it('opens a shared plan in a fresh profile with its title and assumed concepts, without touching progress', async () => {
    // Build the plan from what the site shows: a roadmap's last concept, assuming its first step.
    const scout = await (await app.newContext()).newPage();
    await open(scout, '/');
    await scout.locator('.card h3 a').first().click();
    await scout.locator('.prose a.link-internal').first().waitFor();
    const ids = await scout.locator('.prose a.link-internal').evaluateAll((links) => links.map((a) => a.getAttribute('data-concept')!));
    const target = ids[ids.length - 1]!;
    await open(scout, `/plan/v1/${target}`);
    const steps = await scout
      .locator('.plan-step a.link-internal')
      .evaluateAll((links) => links.map((a) => a.getAttribute('data-concept')!));
    expect(steps.length).toBeGreaterThan(1);
    const assumed = steps[0]!;
    const url = encodePlanUrl({ targets: [asConceptId(target)], known: [asConceptId(assumed)], title: 'Week 4 reading' });

    const page = await (await app.newContext()).newPage();
    await open(page, url);
    expect(await page.locator('main h1').textContent()).toBe('Week 4 reading');
    expect(await page.title()).toMatch(/^Week 4 reading · /);
    const box = page.locator('details.assumed');
    expect(await box.locator(`a[data-concept="${assumed}"]`).count()).toBe(1);
    expect(await box.textContent()).toMatch(/Assumed/);
    // No step for it (a study card may still name it among a step's prerequisites).
    expect(await page.locator(`.plan-step > .step-main > a[data-concept="${assumed}"]`).count()).toBe(0);
    expect(await page.evaluate(() => localStorage.getItem('roadmaps.progress'))).toBeNull();

    await page.getByRole('button', { name: 'Save to my plans' }).click();
    await open(page, '/');
    expect(await page.getByRole('link', { name: /Week 4 reading/ }).count()).toBe(1);
    const stored = await page.evaluate(() => JSON.parse(localStorage.getItem('roadmaps.progress')!));
    expect(stored.states).toEqual({});
  });

  it('exports progress to a file and imports it in another profile', async () => {
    const source = await (await app.newContext()).newPage();
    await open(source, '/');
    const id = await source.locator('.next-list a.link-internal').first().getAttribute('data-concept');
    await open(source, `/concepts/${id}`);
    await source.getByRole('radio', { name: 'Known' }).check();
    await open(source, '/settings');
    const [download] = await Promise.all([
      source.waitForEvent('download'),
      source.getByRole('button', { name: 'Export progress' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^progress-.*\.json$/);
    const file = await download.path();
    const exported = JSON.parse(await readFile(file, 'utf8'));
    expect(exported).toMatchObject({ format: 'roadmaps-progress', version: 3, states: { [id!]: 'known' } });

    const target = await (await app.newContext()).newPage();
    await open(target, '/settings');
    const [chooser] = await Promise.all([target.waitForEvent('filechooser'), target.getByText('Import progress…').click()]);
    await chooser.setFiles(file);
    await target.getByText(/Imported: 1 new state/).waitFor();
    await open(target, `/concepts/${id}`);
    expect(await target.getByRole('radio', { name: 'Known' }).isChecked()).toBe(true);
  });
});
