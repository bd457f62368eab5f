import { describe, expect, it } from 'vitest';
import { parseBenchArgs } from '../../bench/benchCommand';
import { bytesBefore } from '../../bench/site/bytesBefore';
import { closestPlan } from '../../bench/site/closestPlan';
import { devToolsPort } from '../../bench/site/devToolsPort';
import { syntheticSite } from '../../bench/site/syntheticSite';
import { generateContent } from '../../bench/generateContent';
import { compile } from '../../src/core/compile/compile';
import { planFor } from '../../src/core/planner';

describe('site bench helpers', () => {
  it('runs alone with --only site', () => {
    expect(parseBenchArgs(['--only', 'site'])).toEqual({ json: false, concepts: 10_000, only: 'site' });
  });

  it('counts the bytes of requests finished by a moment, that moment included', () => {
    const requests = [
      { at: 1000, bytes: 500 },
      { at: 1200, bytes: 300 },
      { at: 1200.5, bytes: 7 },
      { at: 5000, bytes: 20_000 },
    ];
    expect(bytesBefore(requests, 1200)).toBe(800);
    expect(bytesBefore(requests, 999)).toBe(0);
    expect(bytesBefore(requests, 9999)).toBe(20_807);
  });

  it("reads Chromium's DevTools port", () => {
    expect(devToolsPort('\nDevTools listening on ws://127.0.0.1:40213/devtools/browser/3f1c-aa\n')).toBe(40213);
    expect(devToolsPort('[0101/000000.1:ERROR:bus.cc] Failed to connect\n')).toBeUndefined();
  });

  it('finds a plan of about the size asked, and the closest when it plans every concept', () => {
    const { graph } = compile(generateContent(300, 2), { render: false });
    const sizes = graph.ids.map((id) => {
      const result = planFor(graph, [id], new Set());
      return result.ok ? result.plan.steps.length : -1;
    });
    for (const size of [1, 40, 120, 10_000]) {
      const best = Math.min(...sizes.map((s) => Math.abs(s - size)));
      const exhaustive = closestPlan(graph, size, 1);
      expect(Math.abs(exhaustive.steps - size), `size ${size}`).toBe(best);
      const found = closestPlan(graph, size, 10);
      expect(Math.abs(found.steps - size), `size ${size}`).toBeLessThanOrEqual(best + Math.ceil(size / 20));
      expect(sizes[graph.ids.indexOf(found.id as (typeof graph.ids)[number])]).toBe(found.steps);
    }
  });

  it('writes a synthetic site that compiles clean, with a concept, a roadmap and a course to open', () => {
    const site = syntheticSite(120);
    const result = compile(site.files, { render: false });
    expect(result.diagnostics).toEqual([]);
    expect(result.concepts.map((c) => c.id)).toContain(site.concept);
    expect(result.roadmaps.map((r) => r.id)).toContain(site.roadmap);
    expect(result.courses.map((c) => c.id)).toEqual([site.course]);
    // The compile suite's content is left as it was.
    expect(site.files.slice(0, -2)).toEqual(generateContent(120));
  });

  it('measures the same roadmap page at every size', () => {
    const roadmapOf = (n: number) => syntheticSite(n).files.find((f) => f.path === 'roadmaps/measured-roadmap.md')!.text;
    expect(roadmapOf(150)).toBe(roadmapOf(10_000));
    expect(syntheticSite(150).roadmap).toBe('measured-roadmap');
  });
});
