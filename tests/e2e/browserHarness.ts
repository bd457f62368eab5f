import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { createServer as createViteServer, preview, type PreviewServer, type ViteDevServer } from 'vite';
import { describe } from 'vitest';

/** Debian's Chromium; the tests drive it rather than a downloaded browser. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const found = existsSync(CHROMIUM);

if (!found && process.env.CI) {
  throw new Error(`Browser tests need Chromium at ${CHROMIUM} under CI. Install it: apt-get install chromium`);
}
if (!found) {
  console.warn(
    [
      '',
      '!'.repeat(78),
      `!!  SKIPPING BROWSER TESTS: no Chromium at ${CHROMIUM}.`,
      '!!  Install it with:  sudo apt-get install chromium',
      '!!  (or set CHROMIUM_PATH). Under CI these tests fail instead of skipping.',
      '!'.repeat(78),
      '',
    ].join('\n'),
  );
}

/** `describe` when Chromium is there, `describe.skip` (after the loud warning) when not. */
export const describeInBrowser = found ? describe : describe.skip;

async function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? done(address.port) : fail(new Error('no port'))));
    });
  });
}

/** A running production preview and a browser pointed at it. */
export interface Harness {
  readonly base: string;
  readonly browser: Browser;
  /** A fresh browser profile (its own storage), closed by `close()`. */
  newContext(options?: Parameters<Browser['newContext']>[0]): Promise<BrowserContext>;
  close(): Promise<void>;
}

/** Which build to serve: `dist/` at the root unless told otherwise. */
export interface HarnessOptions {
  /** The build folder (absolute); default `dist/`. */
  readonly outDir?: string;
  /** The base it was built with (`/course/`); default `/`. */
  readonly base?: string;
}

/** Serves a production build with `vite preview` on a free port and launches headless Chromium. */
export async function startHarness(options: HarnessOptions = {}): Promise<Harness> {
  const root = fileURLToPath(new URL('../..', import.meta.url));
  const outDir = options.outDir ?? resolve(root, 'dist');
  if (!existsSync(resolve(outDir, 'index.html')))
    throw new Error(`No production build in ${outDir}: run \`npm run build\` first (npm run test:e2e does).`);
  const port = await freePort();
  const server: PreviewServer = await preview({
    root,
    base: options.base ?? '/',
    logLevel: 'silent',
    build: { outDir },
    preview: { port, strictPort: true, host: '127.0.0.1', open: false },
  });
  const browser = await launchChromium();
  const contexts: BrowserContext[] = [];
  return {
    base: `http://127.0.0.1:${port}`,
    browser,
    async newContext(options) {
      const context = await browser.newContext({ baseURL: `http://127.0.0.1:${port}`, ...options });
      contexts.push(context);
      return context;
    },
    async close() {
      await Promise.all(contexts.map((c) => c.close().catch(() => undefined)));
      await browser.close();
      await server.close();
    },
  };
}

/**
 * Opens a path and waits until the app has rendered its page heading and is interactive: a
 * prerendered page shows its heading before its scripts run, so also until the app marks the
 * document ready (hydrated, with what the browser stored).
 */
export async function open(page: Page, path: string): Promise<void> {
  await page.goto(path);
  await page.locator('html[data-ready]').waitFor({ state: 'attached' });
  await page.locator('main h1').first().waitFor();
}

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

/** Runs axe-core on the page; returns one line per violation (empty when clean). */
export async function axeViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: axePath });
  const violations = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: { run(context: Document): Promise<{ violations: { id: string; help: string; nodes: { target: unknown[] }[] }[] }> };
      }
    ).axe;
    const result = await axe.run(document);
    return result.violations.map((v) => `${v.id}: ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  });
  return violations;
}

/** Hue (degrees) and saturation (0–1) of a CSS `rgb(…)` colour. */
export function hueOf(css: string): { hue: number; saturation: number } {
  const [r = 0, g = 0, b = 0] = (css.match(/[\d.]+/g) ?? []).map(Number).map((v) => v / 255);
  const max = Math.max(r, g, b);
  const min = Math.min(r, g, b);
  const d = max - min;
  const light = (max + min) / 2;
  const saturation = d === 0 ? 0 : d / (1 - Math.abs(2 * light - 1));
  let hue = 0;
  if (d !== 0) {
    if (max === r) hue = 60 * (((g - b) / d) % 6);
    else if (max === g) hue = 60 * ((b - r) / d + 2);
    else hue = 60 * ((r - g) / d + 4);
  }
  return { hue: (hue + 360) % 360, saturation };
}

/** Debian's Chromium, headless, with the flags every browser test uses. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
}

/** The dev server (Vite, in this process) on the content folder `dir`, listening on a free port. */
export async function startDevServer(dir: string): Promise<ViteDevServer> {
  const previous = process.env.CONTENT_DIR;
  process.env.CONTENT_DIR = dir;
  try {
    const root = fileURLToPath(new URL('../..', import.meta.url));
    const server = await createViteServer({ root, logLevel: 'silent', server: { port: 0, host: '127.0.0.1', strictPort: false } });
    await server.listen();
    return server;
  } finally {
    if (previous === undefined) delete process.env.CONTENT_DIR;
    else process.env.CONTENT_DIR = previous;
  }
}
