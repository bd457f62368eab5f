import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import react from '@vitejs/plugin-react';
import { build } from 'vite';
import { decodeGraph } from '../../core/graph';
import { escapeHtml } from '../../core/text';
import { pageNeeds, parseRoute } from '../../core/route';
import { pageHead, withPageHead } from '../../core/site';
import type { Preload } from '../../store';
import type { BuiltContent } from '../vite/buildContent';
import { scriptAfterPaint } from './scriptAfterPaint';
import { sitePages } from './sitePages';

/** The server entry's export (`src/ui/app/renderPage.tsx`), as the bundle built here has it. */
type RenderPage = (index: BuiltContent['index'], base: string, page: { path: string; preload: Preload }) => string;

/** What prerendering did, for the build to print. */
export interface Prerendered {
  readonly pages: number;
  readonly ms: number;
}

const ROOT = '<div id="root"></div>';

/** Bundles the app's server entry for Node (React, the components, the store) into `dir`. */
async function bundleServerEntry(root: string, dir: string): Promise<RenderPage> {
  await build({
    configFile: false,
    root,
    mode: 'production',
    logLevel: 'warn',
    plugins: [react()],
    build: {
      ssr: resolve(root, 'src/ui/app/renderPage.tsx'),
      outDir: dir,
      emptyOutDir: true,
      copyPublicDir: false,
      minify: false,
      // Modules the app only imports in the browser (the service worker's registration).
      rolldownOptions: { external: [/^virtual:/], output: { entryFileNames: 'renderPage.mjs' } },
    },
  });
  const module = (await import(pathToFileURL(join(dir, 'renderPage.mjs')).href)) as { renderPage: RenderPage };
  return module.renderPage;
}

/**
 * Writes a prerendered HTML file for every page that exists whatever the learner does (home,
 * about, each roadmap, concept and course: `sitePages`) into the build folder `outDir`, from its
 * `index.html`: the page's head (`pageHead`) and the app's HTML for it, rendered by React on the
 * server from what the browser will fetch before hydrating it (`pageNeeds`). A reader without
 * JavaScript, a search engine or a link preview sees the page itself.
 */
export async function prerenderSite(root: string, outDir: string, content: BuiltContent, base: string): Promise<Prerendered> {
  const started = performance.now();
  // Inside the project, so the bundle's imports of React and the rest resolve from node_modules.
  const cache = join(root, 'node_modules', '.cache');
  await mkdir(cache, { recursive: true });
  const scratch = await mkdtemp(join(cache, 'roadmaps-ssr-'));
  try {
    const renderPage = await bundleServerEntry(root, scratch);
    const template = scriptAfterPaint(await readFile(join(outDir, 'index.html'), 'utf8'));
    if (!template.includes(ROOT)) throw new Error(`prerender: ${join(outDir, 'index.html')} has no ${ROOT} to fill.`);
    const { index, conceptData, result } = content;
    // The graph file's contents, decoded as the browser decodes them, so a page that needs the
    // graph renders here from exactly what the browser will have.
    const decoded = decodeGraph(content.graphData);
    if (typeof decoded === 'string') throw new Error(`prerender: ${decoded}`);
    const graph = decoded;
    const folders = new Set<string>();
    const pages = sitePages(content);
    for (const page of pages) {
      const needs = pageNeeds(parseRoute(page.path, ''));
      const data = needs.concept === undefined ? undefined : conceptData.get(needs.concept);
      const bodyUrl = needs.body === undefined ? undefined : index.bodies[needs.body];
      const body = needs.body === undefined ? undefined : result.bodies.get(needs.body);
      const preload: Preload = {
        ...(data ? { conceptData: [data] } : {}),
        ...(needs.body !== undefined && bodyUrl !== undefined && body
          ? { bodies: { [needs.body]: { status: 'ready', url: bodyUrl, body } } }
          : {}),
        ...(needs.graph ? { graph } : {}),
      };
      const html = renderPage(index, base, { path: page.path, preload });
      const filled = template.replace(ROOT, () => `<div id="root" data-page="${escapeHtml(page.path)}">${html}</div>`);
      const file = join(outDir, page.file);
      const folder = dirname(file);
      if (!folders.has(folder)) {
        await mkdir(folder, { recursive: true });
        folders.add(folder);
      }
      await writeFile(file, withPageHead(filled, pageHead(page.head, index.site, { base })));
    }
    return { pages: pages.length, ms: performance.now() - started };
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}
