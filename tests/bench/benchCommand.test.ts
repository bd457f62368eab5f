import { rm } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { parseBenchArgs } from '../../bench/benchCommand';
import { generateContent } from '../../bench/generateContent';
import { printBenchTable } from '../../bench/printBenchTable';
import { runChild } from '../../bench/runChild';
import { writeContent } from '../../bench/writeContent';
import { compile } from '../../src/core/compile/compile';

describe('bench', () => {
  it('parses its arguments', () => {
    expect(parseBenchArgs([])).toEqual({ json: false, concepts: 10_000 });
    expect(parseBenchArgs(['--json', '--concepts', '200', '--only=planner'])).toEqual({ json: true, concepts: 200, only: 'planner' });
    expect(parseBenchArgs(['--concepts', 'many'])).toMatch(/whole number/);
    expect(parseBenchArgs(['--only', 'everything'])).toMatch(/one of compile, planner, layout/);
    expect(parseBenchArgs(['--fast'])).toMatch(/unknown argument/);
  });

  it('generates synthetic content that compiles clean, shaped like the real thing', () => {
    const files = generateContent(100, 3);
    expect(generateContent(100, 3)).toEqual(files);
    const result = compile(files, { assets: [] });
    expect(result.diagnostics).toEqual([]);
    expect(result.concepts).toHaveLength(100);
    for (const c of result.concepts.slice(1)) {
      expect(c.prerequisites.length).toBeGreaterThanOrEqual(1);
      expect(c.prerequisites.length).toBeLessThanOrEqual(4);
      expect(c.resources.length).toBeGreaterThanOrEqual(2);
      expect(c.resources.length).toBeLessThanOrEqual(4);
    }
    const body = files[10]!.text.split('---\n')[2]!;
    const words = body.split(/\s+/).filter(Boolean).length;
    expect(words).toBeGreaterThan(220);
    expect(words).toBeLessThan(380);
    expect(body).toMatch(/^## /m);
    expect(body).toContain('$$');
    expect(body).toContain('[[concept-');
  });

  it('times a dev start in a fresh process and reports what it read', async () => {
    const dir = await writeContent(generateContent(40, 5));
    try {
      const report = await runChild(['dev', dir]);
      expect(report.check).toBe(40);
      expect(report.ms).toBeGreaterThan(0);
      // The whole index (roadmap links too) comes after the graph.
      expect(report.indexMs).toBeGreaterThanOrEqual(report.ms);
      expect(report.cpuMs).toBeGreaterThan(0);
      expect(report.peakRssMB).toBeGreaterThan(10);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }, 30_000);

  it('prints an aligned table with the bar and whether it is reached', () => {
    const table = printBenchTable([
      { key: 'a', label: 'Something', value: 12, unit: 'ms', target: '≤ 50 ms', ok: true },
      { key: 'b', label: 'Other', value: 1.5, unit: 'x floor', target: '≤ 1.3× floor', ok: false },
    ]).split('\n');
    expect(table[0]).toMatch(/^Figure\s+Value\s+Unit\s+Bar/);
    expect(table[2]).toMatch(/^Something\s+12\s+ms\s+≤ 50 ms\s+ok$/);
    expect(table[3]).toMatch(/MISSED$/);
  });
});
