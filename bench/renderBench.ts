import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { chromium, type Browser, type Page } from 'playwright-core';
import { preview } from 'vite';
import { randomLayeredDag } from './randomLayeredDag';
import type { BenchRow } from './BenchRow';

/**
 * Rendering speed of the graph view in a real Chromium, on plans far larger than real ones: a
 * content folder holding a 300-concept and a 1,000-concept synthetic plan (the layout bench's
 * generator) is built into a temporary folder, served with `vite preview`, and measured. Figures,
 * not pass/fail tests: a busy machine slows them, so they live here rather than in `npm test`.
 */
const PLANS = [
  { prefix: 'p', n: 300 },
  { prefix: 'q', n: 1000 },
] as const;

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

async function writeSyntheticContent(dir: string): Promise<Record<string, string>> {
  await mkdir(join(dir, 'concepts'), { recursive: true });
  await writeFile(join(dir, 'site.yaml'), 'title: Graph speed\ndescription: Synthetic plans for measuring the graph view.\n');
  const targets: Record<string, string> = {};
  for (const { prefix, n } of PLANS) {
    const plan = randomLayeredDag(n, 11);
    const prerequisites: number[][] = Array.from({ length: n }, () => []);
    for (const [a, b] of plan.edges) prerequisites[b]!.push(a);
    const id = (i: number) => `${prefix}-${i}`;
    targets[prefix] = id(plan.target);
    await Promise.all(
      prerequisites.map((ps, i) => {
        const front = [
          '---',
          `title: Concept ${prefix.toUpperCase()}${i}`,
          `summary: Synthetic concept ${i} of a ${n}-concept plan.`,
          ps.length === 0
            ? 'prerequisites: []'
            : `prerequisites:\n${ps.map((p) => `  - id: ${id(p)}\n    reason: It builds on it.`).join('\n')}`,
          'minutes: 20',
          '---',
          '',
          `Concept ${i} exists to measure how fast the graph view draws a large plan.`,
          '',
        ];
        return writeFile(join(dir, 'concepts', `${id(i)}.md`), front.join('\n'));
      }),
    );
  }
  return targets;
}

/** Milliseconds from navigation start to the graph's first paint, as the page marks it. */
async function paintTime(page: Page, url: string): Promise<number> {
  await page.goto(url);
  await page.waitForFunction(() => performance.getEntriesByName('graph:painted').length > 0, null, { timeout: 30_000 });
  return page.evaluate(() => performance.getEntriesByName('graph:painted')[0]!.startTime);
}

/** Frames a second while a script zooms with Ctrl + wheel and drags the view. */
async function zoomFps(page: Page): Promise<number> {
  const surface = page.getByRole('img', { name: /^Graph of the plan, 1000 steps/ });
  await surface.scrollIntoViewIfNeeded();
  const box = (await surface.boundingBox())!;
  // Strings, not functions: tsx's transform would wrap named arrows in a helper the page lacks.
  await page.evaluate(`(() => {
    window.benchFrames = [];
    window.benchCounting = true;
    const tick = (t) => { window.benchFrames.push(t); if (window.benchCounting) requestAnimationFrame(tick); };
    requestAnimationFrame(tick);
  })()`);
  const cx = box.x + box.width / 2;
  const cy = box.y + box.height / 2;
  await page.mouse.move(cx, cy);
  await page.keyboard.down('Control');
  for (let i = 0; i < 30; i++) await page.mouse.wheel(0, i < 15 ? -60 : 60);
  await page.keyboard.up('Control');
  await page.mouse.down();
  for (let i = 0; i < 30; i++) await page.mouse.move(cx + i * 8, cy + i * 4);
  await page.mouse.up();
  const frames = await page.evaluate<number[]>(`(() => { window.benchCounting = false; return window.benchFrames; })()`);
  return (frames.length - 1) / ((frames.at(-1)! - frames[0]!) / 1000);
}

const round1 = (x: number) => Math.round(x * 10) / 10;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** The graph view's paint time on a 300-concept plan and its pan/zoom frame rate at 1,000 nodes. */
export async function renderBench(): Promise<BenchRow[]> {
  if (!existsSync(CHROMIUM)) {
    console.warn(`render: skipped, no Chromium at ${CHROMIUM} (apt-get install chromium)`);
    return [];
  }
  const root = fileURLToPath(new URL('..', import.meta.url));
  const dir = await mkdtemp(join(tmpdir(), 'render-bench-'));
  let browser: Browser | undefined;
  const server = await (async () => {
    const targets = await writeSyntheticContent(join(dir, 'content'));
    const vite = join(root, 'node_modules/vite/bin/vite.js');
    await promisify(execFile)(process.execPath, [vite, 'build', '--outDir', join(dir, 'dist'), '--emptyOutDir', '--logLevel', 'error'], {
      cwd: root,
      env: { ...process.env, CONTENT_DIR: join(dir, 'content') },
    });
    const s = await preview({
      root,
      logLevel: 'silent',
      build: { outDir: join(dir, 'dist') },
      preview: { port: 0, host: '127.0.0.1', open: false },
    });
    return { s, targets };
  })();
  try {
    const base = server.s.resolvedUrls?.local[0]?.replace(/\/$/, '') ?? '';
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
    });
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const url300 = `${base}/plan/v1/${server.targets.p}`;
    const cold = await paintTime(page, url300);
    const nodes = await page.locator('a.graph-node').count();
    if (nodes !== 300) throw new Error(`render: expected 300 graph nodes, found ${nodes}`);
    const warm = median([await paintTime(page, url300), await paintTime(page, url300), await paintTime(page, url300)]);
    // A plan of more than 300 steps draws its graph on request (src/ui/plan/PlanPage.tsx).
    await page.goto(`${base}/plan/v1/${server.targets.q}`);
    await page.getByRole('button', { name: /^Show the graph/ }).click();
    await page.waitForFunction(() => performance.getEntriesByName('graph:painted').length > 0, null, { timeout: 30_000 });
    const fps = await zoomFps(page);
    return [
      { key: 'render.paint300.cold.ms', label: 'graph paint, 300-concept plan, first visit', value: round1(cold), unit: 'ms' },
      {
        key: 'render.paint300.ms',
        label: 'graph paint, 300-concept plan (median of 3 visits)',
        value: round1(warm),
        unit: 'ms',
        target: '≤ 1000 ms',
        ok: warm <= 1000,
      },
      {
        key: 'render.zoom1000.fps',
        label: 'pan and zoom, 1,000-node graph',
        value: round1(fps),
        unit: 'fps',
        target: '≥ 50 fps',
        ok: fps >= 50,
      },
    ];
  } finally {
    await browser?.close();
    await server.s.close();
    await rm(dir, { recursive: true, force: true });
  }
}
