import { describe, expect, it } from 'vitest';
import type { PageLoad } from '../../bench/site/measurePageLoad';
import type { SiteFigures, SizeFigures } from '../../bench/site/SiteFigures';
import { siteRows } from '../../bench/site/siteRows';

const load = (kb: number, fcp: number): PageLoad => ({ bytes: kb * 1024, fcp, title: fcp + 10 });
const size = (concepts: number, kb: number, fcp: number, buildMs = 4000): SizeFigures => ({
  concepts,
  buildMs,
  compileMs: buildMs / 2,
  distBytes: 3 * 1024 * 1024,
  distFiles: 200,
  pages: {
    concept: { plain: load(kb, fcp), throttled: load(kb, fcp * 3) },
    roadmap: { plain: load(kb, fcp), throttled: load(kb, fcp * 3) },
    home: { plain: load(kb, fcp), throttled: load(kb, fcp * 3) },
  },
});
const byKey = (figures: SiteFigures) => new Map(siteRows(figures).map((r) => [r.key, r]));

describe('siteRows', () => {
  it('holds bytes to 150 KB at every size, and the largest site to within 10% of the smallest', () => {
    const rows = byKey({ sizes: [size(150, 100, 200), size(1000, 140, 200), size(10_000, 112, 215)], runs: 5 });
    expect(rows.get('site.150.concept.bytes.KB')).toMatchObject({ value: 100, unit: 'KB', ok: true });
    expect(rows.get('site.1000.concept.bytes.KB')?.ok).toBe(true);
    // 112 KB is under 150 KB but more than 1.1 × 100 KB; 215 ms is within 1.1 × 200 ms.
    expect(rows.get('site.10000.concept.bytes.KB')).toMatchObject({ value: 112, ok: false });
    expect(rows.get('site.10000.home.fcp.ms')).toMatchObject({ value: 215, ok: true });
    expect(rows.get('site.150.home.fcp.ms')?.ok).toBeUndefined();
    expect(rows.get('site.10000.home.fcp4x.ms')).toMatchObject({ value: 645 });
    expect(rows.get('site.10000.home.fcp4x.ms')?.ok).toBeUndefined();
    const over = byKey({ sizes: [size(150, 200, 200), size(10_000, 200, 400)], runs: 5 });
    expect(over.get('site.150.roadmap.bytes.KB')?.ok).toBe(false);
    expect(over.get('site.10000.roadmap.fcp.ms')?.ok).toBe(false);
  });

  it('bars the 10,000-concept build at a tenth of the peer’s time', () => {
    expect(byKey({ sizes: [size(150, 1, 1), size(10_000, 1, 1, 47_900)], runs: 5 }).get('site.10000.build.s')).toMatchObject({
      value: 47.9,
      ok: true,
    });
    expect(byKey({ sizes: [size(150, 1, 1), size(10_000, 1, 1, 48_000)], runs: 5 }).get('site.10000.build.s')?.ok).toBe(false);
    expect(byKey({ sizes: [size(150, 1, 1)], runs: 5 }).get('site.150.build.s')?.ok).toBeUndefined();
  });

  it('bars the plan page, search and Lighthouse', () => {
    const rows = byKey({
      sizes: [size(150, 1, 1)],
      runs: 3,
      plan: { concepts: 10_000, steps: 1000, listVisible: 1000, domNodes: 5000, runs: 3 },
      search: { concepts: 10_000, firstResults: 300, bytes: 1.5 * 1024 * 1024, query: 12 },
      lighthouse: [
        { page: 'plan', url: 'http://host/plan/v1/a', scores: { performance: 95, accessibility: 99, 'best-practices': 100, seo: 100 } },
      ],
    });
    expect(rows.get('site.10000.plan.listVisible.ms')?.ok).toBe(true);
    expect(rows.get('site.10000.plan.domNodes')?.ok).toBe(false);
    expect(rows.get('site.10000.search.firstResults.ms')?.ok).toBe(true);
    expect(rows.get('site.10000.search.MB')).toMatchObject({ value: 1.5, ok: false });
    expect(rows.get('site.10000.search.query.ms')?.ok).toBe(true);
    expect(rows.get('site.lighthouse.plan.performance')).toMatchObject({ value: 95, unit: 'score', ok: true });
    expect(rows.get('site.lighthouse.plan.accessibility')?.ok).toBe(false);
  });
});
