import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { compileFolder } from '../../src/node/content/compileFolder';
import { hrefFor } from '../../src/core/route';
import { asConceptId } from '../../src/core/model';
import { encodePlanUrl } from '../../src/core/planner';
import { compile } from '../../src/core/compile';
import { generateContent } from '../generateContent';
import { writeContent } from '../writeContent';
import { buildSite } from './buildSite';
import { closestPlan } from './closestPlan';
import { folderSize } from './folderSize';
import { measurePageLoad, type PageLoad } from './measurePageLoad';
import { measurePlanPage } from './measurePlanPage';
import { measureSearch } from './measureSearch';
import { serveStatic } from './serveStatic';
import { SITE_PAGES, type SiteFigures, type SitePage, type SizeFigures } from './SiteFigures';
import { syntheticSite } from './syntheticSite';

/** How one size is measured. */
export interface SizeOptions {
  readonly concepts: number;
  /** Page loads per figure (the median is kept). */
  readonly runs: number;
  /** Also measure a plan page of about 1,000 steps and search. */
  readonly planAndSearch: boolean;
  readonly log: (line: string) => void;
}

/** What one size gave: its figures, and the plan and search figures when asked. */
export interface SizeResult {
  readonly size: SizeFigures;
  readonly plan?: SiteFigures['plan'];
  readonly search?: SiteFigures['search'];
}

const PLAN_STEPS = 1000;
// A plan page takes seconds while it renders every step: three loads keep the suite short.
const PLAN_RUNS = 3;
const median = (xs: readonly number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const medianLoad = (loads: readonly PageLoad[]): PageLoad => ({
  bytes: median(loads.map((l) => l.bytes)),
  fcp: median(loads.map((l) => l.fcp)),
  title: median(loads.map((l) => l.title)),
});

/**
 * Writes a synthetic site of `concepts` concepts, builds it (timed, beside a plain compile of the
 * same folder), serves `dist/` as a static host would, and opens its pages in `browser`.
 * Temporary folders are removed whatever happens.
 */
export async function measureSize(browser: Browser, { concepts, runs, planAndSearch, log }: SizeOptions): Promise<SizeResult> {
  const site = syntheticSite(concepts);
  const contentDir = await writeContent(site.files);
  const outDir = await mkdtemp(join(tmpdir(), 'site-bench-dist-'));
  try {
    log(`site: ${concepts} concepts: vite build`);
    const buildMs = await buildSite(contentDir, outDir);
    log(`site: ${concepts} concepts: plain compile`);
    // Load the Markdown pipeline first, so the first size is not charged for it.
    compile(generateContent(20));
    const start = performance.now();
    const { result } = await compileFolder(contentDir);
    const compileMs = performance.now() - start;
    const dist = await folderSize(outDir);
    const server = await serveStatic(outDir);
    try {
      const paths: Record<SitePage, string> = {
        concept: hrefFor({ kind: 'concept', id: asConceptId(site.concept) }),
        roadmap: hrefFor({ kind: 'roadmap', id: site.roadmap }),
        home: '/',
      };
      const pages = {} as Record<SitePage, SizeFigures['pages'][SitePage]>;
      for (const page of SITE_PAGES) {
        log(`site: ${concepts} concepts: ${page} page, ${runs} loads unthrottled and ${runs} at 4× CPU`);
        const plain: PageLoad[] = [];
        const throttled: PageLoad[] = [];
        for (let i = 0; i < runs; i++) {
          plain.push(await measurePageLoad(browser, server.origin + paths[page], 1));
          throttled.push(await measurePageLoad(browser, server.origin + paths[page], 4));
        }
        pages[page] = { plain: medianLoad(plain), throttled: medianLoad(throttled) };
      }
      const size: SizeFigures = { concepts, buildMs, compileMs, distBytes: dist.bytes, distFiles: dist.files, pages };
      if (!planAndSearch) return { size };

      const target = closestPlan(result.graph, PLAN_STEPS);
      log(`site: ${concepts} concepts: plan page of ${target.id} (${target.steps} steps)`);
      const planUrl = server.origin + encodePlanUrl({ targets: [asConceptId(target.id)], known: [] });
      const loads = [];
      for (let i = 0; i < PLAN_RUNS; i++) loads.push(await measurePlanPage(browser, planUrl));
      const plan = {
        concepts,
        steps: target.steps,
        listVisible: median(loads.map((l) => l.listVisible)),
        domNodes: median(loads.map((l) => l.domNodes)),
        runs: PLAN_RUNS,
      };

      log(`site: ${concepts} concepts: search`);
      const searched = await measureSearch(browser, `${server.origin}/`, 'gradient', [
        'matrix',
        'entropy',
        'kernel',
        'posterior',
        'variance',
      ]);
      const search = { concepts, firstResults: searched.firstResults, bytes: searched.bytes, query: median(searched.queries) };
      return { size, plan, search };
    } finally {
      await server.close();
    }
  } finally {
    await rm(outDir, { recursive: true, force: true });
    await rm(contentDir, { recursive: true, force: true });
  }
}
