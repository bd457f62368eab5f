import type { BenchRow } from '../BenchRow';
import { LIGHTHOUSE_CATEGORIES } from './lighthouseScores';
import { SITE_PAGES, type SiteFigures, type SitePage, type SizeFigures } from './SiteFigures';

const BYTES_BAR_KB = 150;
/** How far the largest site may fall behind the smallest on first loads: 10%. */
const SCALE_BAR = 1.1;
/** VitePress 1.6.4's build of 10,000 synthetic concepts, 479 s, over 10. */
const BUILD_BAR_S = 47.9;
const LIGHTHOUSE_BARS: Record<(typeof LIGHTHOUSE_CATEGORIES)[number], number> = {
  performance: 95,
  accessibility: 100,
  'best-practices': 100,
  seo: 100,
};

const round = (x: number, digits = 0) => Number(x.toFixed(digits));
const count = (n: number) => n.toLocaleString('en-GB');
const kb = (bytes: number) => round(bytes / 1024, 1);

/**
 * The site suite's rows: build figures by size, then each page's first-load figures across sizes
 * (bars at every size for bytes, and at the largest size against the smallest), then the plan,
 * search and Lighthouse rows. Pure, so the bars can be tested without a browser.
 */
export function siteRows(figures: SiteFigures): BenchRow[] {
  const rows: BenchRow[] = [];
  const smallest = figures.sizes[0];
  const largest = figures.sizes.at(-1);
  const isLargest = (s: SizeFigures) => s === largest && s !== smallest;
  for (const s of figures.sizes) {
    const build = s.buildMs / 1000;
    rows.push({
      key: `site.${s.concepts}.build.s`,
      label: `Build (vite build), ${count(s.concepts)} concepts`,
      value: round(build, 1),
      unit: 's',
      ...(s.concepts >= 10_000 ? { target: `≤ ${BUILD_BAR_S} s`, ok: build <= BUILD_BAR_S } : {}),
    });
    rows.push({
      key: `site.${s.concepts}.compile.s`,
      label: `Plain compile (compileFolder), ${count(s.concepts)} concepts`,
      value: round(s.compileMs / 1000, 1),
      unit: 's',
    });
    rows.push({
      key: `site.${s.concepts}.dist.MB`,
      label: `dist/ size, ${count(s.concepts)} concepts`,
      value: round(s.distBytes / 1024 / 1024, 1),
      unit: 'MB',
    });
    rows.push({
      key: `site.${s.concepts}.dist.files`,
      label: `dist/ files, ${count(s.concepts)} concepts`,
      value: s.distFiles,
      unit: 'count',
    });
  }
  const of = `median of ${figures.runs}`;
  for (const page of SITE_PAGES) {
    for (const s of figures.sizes) {
      const bytes = kb(s.pages[page].plain.bytes);
      const base = smallest ? kb(smallest.pages[page].plain.bytes) : bytes;
      const scaled = isLargest(s);
      rows.push({
        key: `site.${s.concepts}.${page}.bytes.KB`,
        label: `${page} page by URL, ${count(s.concepts)}: bytes before its title shows (gzip, ${of})`,
        value: bytes,
        unit: 'KB',
        target: scaled ? `≤ ${BYTES_BAR_KB} KB and ≤ ${SCALE_BAR}× the ${count(smallest!.concepts)} figure` : `≤ ${BYTES_BAR_KB} KB`,
        ok: bytes <= BYTES_BAR_KB && (!scaled || bytes <= base * SCALE_BAR),
      });
    }
    for (const s of figures.sizes) {
      const fcp = s.pages[page].plain.fcp;
      const scaled = isLargest(s);
      rows.push({
        key: `site.${s.concepts}.${page}.fcp.ms`,
        label: `${page} page by URL, ${count(s.concepts)}: first contentful paint (${of})`,
        value: round(fcp),
        unit: 'ms',
        ...(scaled
          ? { target: `≤ ${SCALE_BAR}× the ${count(smallest!.concepts)} figure`, ok: fcp <= smallest!.pages[page].plain.fcp * SCALE_BAR }
          : {}),
      });
    }
    const unbarred = [
      ['fcp4x', 'first contentful paint, 4× CPU throttling', (l: SizeFigures['pages'][SitePage]) => l.throttled.fcp],
      ['title', 'title visible', (l: SizeFigures['pages'][SitePage]) => l.plain.title],
      ['title4x', 'title visible, 4× CPU throttling', (l: SizeFigures['pages'][SitePage]) => l.throttled.title],
    ] as const;
    for (const [key, what, value] of unbarred) {
      for (const s of figures.sizes) {
        rows.push({
          key: `site.${s.concepts}.${page}.${key}.ms`,
          label: `${page} page by URL, ${count(s.concepts)}: ${what} (${of})`,
          value: round(value(s.pages[page])),
          unit: 'ms',
        });
      }
    }
  }
  const { plan, search } = figures;
  if (plan) {
    const at = `Plan page, ${count(plan.steps)} steps, ${count(plan.concepts)} concepts`;
    rows.push({ key: `site.${plan.concepts}.plan.steps`, label: `${at}: steps`, value: plan.steps, unit: 'count' });
    rows.push({
      key: `site.${plan.concepts}.plan.listVisible.ms`,
      label: `${at}: step list visible (median of ${plan.runs})`,
      value: round(plan.listVisible),
      unit: 'ms',
      target: '≤ 1000 ms',
      ok: plan.listVisible <= 1000,
    });
    rows.push({
      key: `site.${plan.concepts}.plan.domNodes`,
      label: `${at}: DOM elements when the list shows (median of ${plan.runs})`,
      value: plan.domNodes,
      unit: 'count',
      target: '< 5000',
      ok: plan.domNodes < 5000,
    });
  }
  if (search) {
    const at = `Search, ${count(search.concepts)} concepts`;
    const mb = search.bytes / 1024 / 1024;
    rows.push({
      key: `site.${search.concepts}.search.firstResults.ms`,
      label: `${at}: dialog opened to first results`,
      value: round(search.firstResults),
      unit: 'ms',
      target: '≤ 500 ms',
      ok: search.firstResults <= 500,
    });
    rows.push({
      key: `site.${search.concepts}.search.MB`,
      label: `${at}: downloaded after opening (gzip)`,
      value: round(mb, 2),
      unit: 'MB',
      target: '≤ 1 MB',
      ok: mb <= 1,
    });
    rows.push({
      key: `site.${search.concepts}.search.query.ms`,
      label: `${at}: one query once ready (median)`,
      value: round(search.query, 1),
      unit: 'ms',
      target: '≤ 50 ms',
      ok: search.query <= 50,
    });
  }
  for (const { page, scores } of figures.lighthouse ?? []) {
    for (const category of LIGHTHOUSE_CATEGORIES) {
      const bar = LIGHTHOUSE_BARS[category];
      rows.push({
        key: `site.lighthouse.${page}.${category}`,
        label: `Lighthouse (mobile), shipped site, ${page} page: ${category}`,
        value: scores[category],
        unit: 'score',
        target: `≥ ${bar}`,
        ok: scores[category] >= bar,
      });
    }
  }
  return rows;
}
