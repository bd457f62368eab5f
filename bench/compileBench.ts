import { availableParallelism, loadavg } from 'node:os';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createContentService } from '../src/node/dev/ContentService';
import type { BenchRow } from './BenchRow';
import { generateContent, syntheticId } from './generateContent';
import type { ChildReport } from './benchChild';
import { runChild } from './runChild';
import { writeContent } from './writeContent';

/** Options of the compile suite. */
export interface CompileBenchOptions {
  readonly concepts: number;
  /** Progress lines (to stderr), so a long run shows it is alive. */
  readonly log?: (line: string) => void;
}

const round = (n: number, digits = 0) => Number(n.toFixed(digits));
const ROUNDS = 2;
const DEV_STARTS = 5;

/**
 * The compiler's figures on synthetic content written to a temporary folder: the floor, a full
 * compile on one thread and on every core (each in a fresh process), dev-server start until the
 * graph is ready, one edit until the updated graph is ready (median of 5), and peak memory.
 */
export async function compileBench({ concepts, log = () => {} }: CompileBenchOptions): Promise<BenchRow[]> {
  const load = loadavg()[0]!;
  log(`compile: generating ${concepts} concepts`);
  const dir = await writeContent(generateContent(concepts));
  try {
    const cores = availableParallelism();
    // One after the other, never side by side, each in a fresh process. This machine's speed drifts
    // by a tenth or more between runs, so the three are interleaved twice and each keeps its best:
    // a drift then moves the floor and the compiles alike instead of one of them.
    const floors: ChildReport[] = [];
    const singles: ChildReport[] = [];
    const parallels: ChildReport[] = [];
    for (let round = 1; round <= ROUNDS; round++) {
      log(`compile: floor (1 thread), round ${round} of ${ROUNDS}`);
      floors.push(await runChild(['floor', dir]));
      log(`compile: full compile (1 thread), round ${round} of ${ROUNDS}`);
      singles.push(await runChild(['compile', dir]));
      log(`compile: full compile (${cores} worker threads), round ${round} of ${ROUNDS}`);
      parallels.push(await runChild(['parallel', dir, String(cores)]));
    }
    const fastest = (reports: ChildReport[]) => reports.reduce((a, b) => (b.ms < a.ms ? b : a));
    const floor = fastest(floors);
    const single = fastest(singles);
    const parallel = fastest(parallels);
    log(`compile: dev start, ${DEV_STARTS} fresh processes`);
    const starts: ChildReport[] = [];
    for (let i = 0; i < DEV_STARTS; i++) starts.push(await runChild(['dev', dir]));
    starts.sort((a, b) => a.ms - b.ms);
    const start = starts[Math.floor(DEV_STARTS / 2)]!;
    const indexMedian = starts.map((s) => s.indexMs ?? 0).sort((x, y) => x - y)[Math.floor(DEV_STARTS / 2)]!;
    log('compile: edits');
    const dev = await measureEdits(dir, concepts);
    const x = (ms: number) => round(ms / floor.ms, 2);
    const cpuX = (report: ChildReport) => round(report.cpuMs / floor.cpuMs, 2);
    return [
      { key: 'compile.concepts', label: 'Synthetic concepts compiled', value: concepts, unit: 'count' },
      {
        key: 'compile.floor.ms',
        label: 'Floor: read, split, parse YAML, render bodies (1 thread, best of 2)',
        value: round(floor.ms),
        unit: 'ms',
      },
      { key: 'compile.full.1thread.ms', label: 'Full compile, 1 thread (best of 2)', value: round(single.ms), unit: 'ms' },
      {
        key: 'compile.full.1thread.xfloor',
        label: 'Full compile, 1 thread',
        value: x(single.ms),
        unit: 'x floor',
        target: '≤ 1.3× floor',
        ok: x(single.ms) <= 1.3,
      },
      // CPU time drifts less than wall time on a shared machine: a steadier view of the same ratio.
      {
        key: 'compile.full.1thread.cpuXfloor',
        label: "Full compile, 1 thread: CPU time over the floor's",
        value: cpuX(single),
        unit: 'x floor',
      },
      {
        key: 'compile.full.parallel.ms',
        label: `Full compile, ${cores} worker threads (best of 2)`,
        value: round(parallel.ms),
        unit: 'ms',
      },
      {
        key: 'compile.full.parallel.xfloor',
        label: `Full compile, ${cores} worker threads`,
        value: x(parallel.ms),
        unit: 'x floor',
        target: '< 0.7× floor',
        ok: x(parallel.ms) < 0.7,
      },
      {
        key: 'compile.full.parallel.cpuXfloor',
        label: `Full compile, ${cores} worker threads: CPU time over the floor's`,
        value: cpuX(parallel),
        unit: 'x floor',
      },
      {
        key: 'dev.start.graphReady.ms',
        label: `Dev start: graph ready (median of ${DEV_STARTS} fresh processes)`,
        value: round(start.ms),
        unit: 'ms',
        target: '≤ 1000 ms',
        ok: start.ms <= 1000,
      },
      { key: 'dev.start.graphReady.fastestMs', label: 'Dev start: graph ready, fastest', value: round(starts[0]!.ms), unit: 'ms' },
      { key: 'dev.start.graphReady.slowestMs', label: 'Dev start: graph ready, slowest', value: round(starts.at(-1)!.ms), unit: 'ms' },
      {
        key: 'dev.start.graphReady.cpuMs',
        label: 'Dev start: graph ready, CPU time, all threads (median run)',
        value: round(start.cpuMs),
        unit: 'ms',
      },
      {
        key: 'dev.start.indexReady.ms',
        label: 'Dev start: whole index ready too (roadmap links, orphans; median)',
        value: round(indexMedian),
        unit: 'ms',
      },
      {
        key: 'dev.edit.graphReady.ms',
        label: 'Dev: one file edited, graph ready (median of 5)',
        value: round(dev.edit, 1),
        unit: 'ms',
        target: '≤ 50 ms',
        ok: dev.edit <= 50,
      },
      { key: 'dev.edit.graphReady.cpuMs', label: 'Dev: one file edited, CPU time (median of 5)', value: round(dev.editCpu, 1), unit: 'ms' },
      { key: 'compile.peakRss.MB', label: 'Peak RSS, full compile (1 thread)', value: round(single.peakRssMB), unit: 'MB' },
      {
        key: 'machine.load',
        label: `Machine load when the suite started (1-min average, ${cores} cores)`,
        value: round(load, 1),
        unit: 'count',
      },
    ];
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

const cpuMs = (since: NodeJS.CpuUsage) => {
  const used = process.cpuUsage(since);
  return (used.user + used.system) / 1000;
};

/** The median of five edits, in wall and CPU time (on a busy machine the CPU time shows what the work itself costs). */
async function measureEdits(dir: string, concepts: number): Promise<{ edit: number; editCpu: number }> {
  const service = createContentService(dir);
  await service.start();
  const file = join(dir, 'concepts', `${syntheticId(Math.floor(concepts / 2))}.md`);
  const original = await readFile(file, 'utf8');
  const times: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < 5; i++) {
    // Alternate a title change (re-checks every link) and a new prerequisite (re-checks the graph).
    const edited =
      i % 2 === 0
        ? original.replace(/^title: .*$/m, `title: Edited ${i}`)
        : original.replace('prerequisites:\n', `prerequisites:\n  - ${syntheticId(i)}\n`);
    await writeFile(file, edited);
    const t = performance.now();
    const c = process.cpuUsage();
    const update = await service.update([file]);
    times.push(performance.now() - t);
    cpu.push(cpuMs(c));
    if (!update) throw new Error('bench: an edit produced no update');
  }
  await writeFile(file, original);
  const median = (values: number[]) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
  return { edit: median(times), editCpu: median(cpu) };
}
