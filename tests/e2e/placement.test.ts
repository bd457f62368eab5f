import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { load } from 'js-yaml';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolations, describeInBrowser, open, startHarness, type Harness } from './browserHarness';

interface Front {
  readonly prerequisites?: readonly (string | { readonly id: string })[];
  readonly checks?: readonly { readonly choices?: readonly string[]; readonly correct?: number }[];
}

/** Each shipped concept's front-matter, read from the content folder the build was made from. */
function readConcepts(): Map<string, Front> {
  const dir = fileURLToPath(new URL('../../content/concepts/', import.meta.url));
  const concepts = new Map<string, Front>();
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.md'))) {
    const text = readFileSync(dir + file, 'utf8');
    concepts.set(file.slice(0, -3), load(text.split(/^---$/m)[1] ?? '') as Front);
  }
  return concepts;
}

/** `id` and everything it rests on. */
function closure(concepts: Map<string, Front>, id: string, into = new Set<string>()): Set<string> {
  if (into.has(id)) return into;
  into.add(id);
  for (const p of concepts.get(id)?.prerequisites ?? []) closure(concepts, typeof p === 'string' ? p : p.id, into);
  return into;
}

/** The number in the plan page's "Steps" figure. */
async function stepCount(page: Page): Promise<number> {
  return Number(await page.locator('.plan-stats div', { hasText: 'Steps' }).locator('dd').textContent());
}

describeInBrowser('placement quiz', () => {
  let app: Harness;
  beforeAll(async () => {
    app = await startHarness();
  });
  afterAll(() => app?.close());

  it('takes a quiz with scripted answers, and the plan shrinks by what the learner accepts', async () => {
    const concepts = readConcepts();
    // The scripted learner knows backpropagation and PCA and everything they rest on, and nothing else.
    const knows = closure(concepts, 'principal-component-analysis', closure(concepts, 'backpropagation'));
    const page = await (await app.newContext()).newPage();
    await open(page, '/');
    await page.locator('.card').first().getByRole('link', { name: 'Check what you already know' }).click();
    await page.getByRole('button', { name: 'Start' }).waitFor();
    expect(await page.locator('.placement-start').textContent()).toMatch(/It can ask about all \d+ concepts of this plan/);
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('link', { name: 'Back to the plan' }).click();
    await page.locator('.plan-steps').waitFor();
    const before = await stepCount(page);
    await page.getByRole('link', { name: 'Check what you already know' }).click();
    await page.getByRole('button', { name: 'Start' }).click();

    const asked: string[] = [];
    for (let n = 1; n <= 45; n++) {
      const question = page.locator('.placement-question');
      const results = page.getByRole('form', { name: 'What it found' });
      await question.or(results).first().waitFor();
      if (await results.isVisible()) break;
      expect(await page.locator('#placement-count').textContent()).toMatch(new RegExp(`^Question ${n} \\(of at most \\d+\\)$`));
      const id = (await question.getAttribute('data-concept'))!;
      asked.push(id);
      // The question has the focus, so the keyboard goes on from it.
      expect(await page.evaluate(() => document.activeElement?.classList.contains('check-question'))).toBe(true);
      if (n === 1) expect(await axeViolations(page)).toEqual([]);
      const check = concepts.get(id)?.checks?.find((c) => c.choices);
      const correct = check?.correct ?? 0;
      const pick = knows.has(id) ? correct : (correct + 1) % (check?.choices?.length ?? 4);
      await question.locator('input[type="radio"]').nth(pick).check();
      await question.getByRole('button', { name: 'Check' }).click();
      await page.waitForFunction((k) => !document.querySelector(`.placement-question[data-concept="${k}"]`), id);
    }
    expect(new Set(asked).size).toBe(asked.length);
    expect(asked.length).toBeLessThanOrEqual(40);
    expect(await page.locator('.placement-results').textContent()).toContain(`It stopped after ${asked.length} questions`);
    expect(await axeViolations(page)).toEqual([]);

    // Accept what it found as it is: the ticked concepts are what it thinks known.
    const ticked = await page
      .locator('.placement-findings input[type="checkbox"]:checked')
      .evaluateAll((boxes) => boxes.map((box) => box.closest('label')!.textContent!.trim()));
    expect(ticked.length).toBeGreaterThan(0);
    expect(await page.evaluate(() => localStorage.getItem('roadmaps.progress'))).toBeNull();
    await page.getByRole('button', { name: `Mark ${ticked.length} as known` }).click();
    await page.locator('.plan-steps').waitFor();
    const after = await stepCount(page);
    expect(after).toBe(before - ticked.length);

    // What it concluded matches the scripted learner on most of the plan (88% when written: two
    // pockets of knowledge are harder for the quiz's model than one level).
    const stored = await page.evaluate(() => JSON.parse(localStorage.getItem('roadmaps.progress') ?? '{}'));
    const marked = Object.keys(stored.states);
    // The quiz is kept with the progress: its answers, and what the learner accepted.
    expect(stored.placements).toHaveLength(1);
    expect(stored.placements[0].answers.map((a: { id: string }) => a.id)).toEqual(asked);
    expect(stored.placements[0].accepted).toHaveLength(ticked.length);
    const wrongly = marked.filter((id) => !knows.has(id)).length + [...knows].filter((id) => !marked.includes(id)).length;
    expect(1 - wrongly / before).toBeGreaterThan(0.8);
  });
});
