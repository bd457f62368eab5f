import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeInBrowser, hueOf, open, startHarness, type Harness } from './browserHarness';

describeInBrowser('navigation and links', () => {
  let app: Harness;
  beforeAll(async () => {
    app = await startHarness();
  });
  afterAll(() => app?.close());

  it('goes home → roadmap → concept by clicking a red link, without reloading', async () => {
    const page = await (await app.newContext()).newPage();
    await open(page, '/');
    await page.evaluate(() => ((window as unknown as { marker: number }).marker = 42));
    await page.locator('.card h3 a').first().click();
    await page.waitForURL(/\/roadmaps\//);
    const redLink = page.locator('.prose a.link-internal').first();
    await redLink.waitFor();
    const id = await redLink.getAttribute('data-concept');
    await redLink.click();
    await page.waitForURL(`**/concepts/${id}`);
    await expect(page.locator('main h1').textContent()).resolves.toBeTruthy();
    expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(42);
    await page.goBack();
    await page.waitForURL(/\/roadmaps\//);
  });

  it('colours internal links red and external links green, in light and dark', async () => {
    const context = await app.newContext();
    const page = await context.newPage();
    await open(page, '/');
    await page.locator('.card h3 a').first().click();
    await page.locator('.prose a.link-internal').first().waitFor();
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      const internal = hueOf(
        await page
          .locator('.prose a.link-internal')
          .first()
          .evaluate((a) => getComputedStyle(a).color),
      );
      const external = hueOf(
        await page
          .locator('a.link-external')
          .first()
          .evaluate((a) => getComputedStyle(a).color),
      );
      expect(internal.hue < 20 || internal.hue > 340, `internal hue ${internal.hue} (${colorScheme})`).toBe(true);
      expect(internal.saturation).toBeGreaterThan(0.4);
      expect(external.hue > 90 && external.hue < 160, `external hue ${external.hue} (${colorScheme})`).toBe(true);
      expect(external.saturation).toBeGreaterThan(0.4);
      const styles = await page
        .locator('.prose a.link-internal')
        .first()
        .evaluate((a) => getComputedStyle(a).textDecorationStyle);
      expect(styles).toBe('dotted');
      const arrow = await page
        .locator('a.link-external')
        .first()
        .evaluate((a) => getComputedStyle(a, '::after').content);
      expect(arrow).toContain('↗');
    }
  });

  it('previews a concept when a red link is hovered', async () => {
    const page = await (await app.newContext()).newPage();
    await open(page, '/');
    await page.locator('.card h3 a').first().click();
    const link = page.locator('.prose a.link-internal').first();
    await link.hover();
    const tooltip = page.getByRole('tooltip');
    await tooltip.waitFor();
    expect((await tooltip.textContent())?.length).toBeGreaterThan(10);
  });

  it('renders the math of summaries, goals and reasons with KaTeX, on the page and in search', async () => {
    const page = await (await app.newContext()).newPage();
    await open(page, '/concepts/covariance-matrix');
    const lead = page.locator('main .lead');
    expect(await lead.locator('.katex').count()).toBe(2);
    // Typeset by KaTeX's own fonts, with MathML alongside for screen readers.
    expect(
      await lead
        .locator('.katex-html')
        .first()
        .evaluate((el) => getComputedStyle(el.querySelector('.mord')!).fontFamily),
    ).toMatch(/KaTeX/);
    expect(await lead.locator('.katex math').count()).toBe(2);
    expect(await page.locator('.goal-list .katex').count()).toBeGreaterThan(0);
    const visible = await page
      .locator('main')
      .evaluate((main) => [...main.querySelectorAll('.lead, .goal-list, .ref-reason')].map((el) => el.textContent).join(' '));
    expect(visible).not.toContain('$');
    await page.keyboard.press('/');
    await page.keyboard.type('covariance matrix');
    const option = page.getByRole('option').filter({ hasText: 'The covariance matrix' }).first();
    await option.waitFor();
    expect(await option.locator('.search-option-summary .katex').count()).toBe(2);
  });

  it("shows a long roadmap's sections beside it on a wide screen, following the reader, and folded on a phone", async () => {
    const page = await (await app.newContext({ viewport: { width: 1280, height: 800 } })).newPage();
    await open(page, '/roadmaps/deep-learning-from-the-bottom-up');
    const nav = page.getByRole('navigation', { name: 'On this page' });
    await nav.waitFor();
    const links = nav.getByRole('link');
    expect(await links.count()).toBeGreaterThan(10);
    // Beside the text, not above it.
    const [navBox, bodyBox] = await Promise.all([nav.boundingBox(), page.locator('.contents-body').boundingBox()]);
    expect(navBox!.x).toBeGreaterThanOrEqual(bodyBox!.x + bodyBox!.width);
    // A link goes to its section, which then counts as the one being read.
    const optimization = nav.getByRole('link', { name: 'Optimization', exact: true });
    await optimization.click();
    await page.waitForURL(/#optimization$/);
    const landed = (await page.locator('#optimization').boundingBox())!.y;
    expect(landed).toBeGreaterThan(0);
    expect(landed).toBeLessThan(100);
    await page.waitForFunction(() => document.querySelector('.on-this-page a[aria-current="location"]')?.textContent === 'Optimization');
    // It stays in view while the page scrolls on.
    await page.evaluate(() => window.scrollBy(0, 1500));
    await page.waitForFunction(() => document.querySelector('.on-this-page a[aria-current="location"]')?.textContent !== 'Optimization');
    const after = await nav.boundingBox();
    expect(after!.y).toBeGreaterThanOrEqual(0);
    expect(after!.y).toBeLessThan(100);

    const phone = await (await app.newContext({ viewport: { width: 390, height: 844 } })).newPage();
    await open(phone, '/roadmaps/deep-learning-from-the-bottom-up');
    const folded = phone.getByRole('navigation', { name: 'On this page' });
    await folded.waitFor();
    expect(await folded.locator('details').evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
    await folded.getByText('On this page').click();
    expect(await folded.getByRole('link', { name: 'Optimization', exact: true }).isVisible()).toBe(true);
  });

  it("shows a concept page's sections and the headings of its notes beside it, following the reader", async () => {
    const page = await (await app.newContext({ viewport: { width: 1280, height: 800 } })).newPage();
    await open(page, '/concepts/backpropagation');
    const nav = page.getByRole('navigation', { name: 'On this page' });
    await page.locator('.concept-body h2').first().waitFor();
    const titles = await nav.getByRole('link').allTextContents();
    const notes = await page.locator('.concept-body h2').allTextContents();
    expect(titles).toEqual(['Goals', 'Prerequisites', ...notes, 'Resources', 'What it unlocks', 'Around this concept']);
    const [navBox, mainBox] = await Promise.all([nav.boundingBox(), page.locator('.concept-sections').boundingBox()]);
    expect(navBox!.x).toBeGreaterThanOrEqual(mainBox!.x + mainBox!.width);
    await nav.getByRole('link', { name: 'What it unlocks' }).click();
    await page.waitForURL(/#unlocks$/);
    await page.waitForFunction(() => document.querySelector('.on-this-page a[aria-current="location"]')?.textContent === 'What it unlocks');
    expect((await nav.boundingBox())!.y).toBeLessThan(100);
  });

  it('ships a small boot index in a chunk of its own, and each concept in a file of its own', async () => {
    // The app's shell names its chunks (prerendered pages import the entry after their first paint).
    const html = await (await fetch(`${app.base}/404.html`)).text();
    const entry = /<script type="module" crossorigin src="([^"]+)"/.exec(html)![1]!;
    const content = /<link rel="modulepreload" crossorigin href="([^"]*\/content-[^"]+\.js)"/.exec(html)?.[1];
    expect(content).toBeDefined();
    const [code = '', index = ''] = await Promise.all([entry, content!].map(async (path) => (await fetch(`${app.base}${path}`)).text()));
    // Roadmaps are in the boot index; concepts' metadata is not (it does not grow with the site).
    expect(index).toContain('Deep learning from the bottom up');
    expect(index).not.toContain('Backpropagation computes the');
    expect(index.length).toBeLessThan(20_000);
    expect(code).not.toContain('Backpropagation computes the');
    const data = (await (await fetch(`${app.base}/content/concepts/backpropagation.json`)).json()) as { concept: { summary: string } };
    expect(data.concept.summary).toContain('Backpropagation computes the');
  });

  it('serves every route on a fresh load and 404s unknown ones', async () => {
    const page = await (await app.newContext()).newPage();
    await open(page, '/about');
    expect(await page.title()).toMatch(/^About · /);
    await open(page, '/concepts/no-such-concept-here');
    expect(await page.locator('main h1').textContent()).toBe('No such concept');
    await open(page, '/totally/unknown');
    expect(await page.locator('main h1').textContent()).toBe('Page not found');
  });
});
