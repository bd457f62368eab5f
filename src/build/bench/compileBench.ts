import { availableParallelism, loadavg } from 'node:os';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createContentService } from '../ContentService';
import type { BenchRow } from './BenchRow';
import { generateContent, syntheticId } from './generateContent';
import { runChild } from './runChild';
import { writeContent } from './writeContent';

/** Options of the compile suite. */
export interface CompileBenchOptions {
  readonly concepts: number;
  /** Progress lines (to stderr), so a long run shows it is alive. */
  readonly log?: (line: string) => void;
}

const round = (n: number, digits = 0) => Number(n.toFixed(digits));

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
    // One after the other, never side by side: the all-cores figure is compared with this floor too.
    log('compile: floor (1 thread)');
    const floor = await runChild(['floor', dir]);
    log('compile: full compile (1 thread)');
    const single = await runChild(['compile', dir]);
    log(`compile: full compile (${cores} worker threads)`);
    const parallel = await runChild(['parallel', dir, String(cores)]);
    log('compile: dev start and edits');
    const dev = await measureDev(dir, concepts);
    const x = (ms: number) => round(ms / floor.ms, 2);
    return [
      { key: 'compile.concepts', label: 'Synthetic concepts compiled', value: concepts, unit: 'count' },
      { key: 'compile.floor.ms', label: 'Floor: read, split, parse YAML, render bodies (1 thread)', value: round(floor.ms), unit: 'ms' },
      { key: 'compile.full.1thread.ms', label: 'Full compile, 1 thread', value: round(single.ms), unit: 'ms' },
      { key: 'compile.full.1thread.xfloor', label: 'Full compile, 1 thread', value: x(single.ms), unit: 'x floor', target: '≤ 1.3× floor', ok: x(single.ms) <= 1.3 },
      { key: 'compile.full.parallel.ms', label: `Full compile, ${cores} worker threads`, value: round(parallel.ms), unit: 'ms' },
      { key: 'compile.full.parallel.xfloor', label: `Full compile, ${cores} worker threads`, value: x(parallel.ms), unit: 'x floor', target: '< 0.7× floor', ok: x(parallel.ms) < 0.7 },
      { key: 'dev.start.graphReady.ms', label: 'Dev start: graph ready', value: round(dev.start), unit: 'ms', target: '≤ 1000 ms', ok: dev.start <= 1000 },
      { key: 'dev.start.graphReady.cpuMs', label: 'Dev start: graph ready, CPU time', value: round(dev.startCpu), unit: 'ms' },
      { key: 'dev.edit.graphReady.ms', label: 'Dev: one file edited, graph ready (median of 5)', value: round(dev.edit, 1), unit: 'ms', target: '≤ 50 ms', ok: dev.edit <= 50 },
      { key: 'dev.edit.graphReady.cpuMs', label: 'Dev: one file edited, CPU time (median of 5)', value: round(dev.editCpu, 1), unit: 'ms' },
      { key: 'compile.peakRss.MB', label: 'Peak RSS, full compile (1 thread)', value: round(single.peakRssMB), unit: 'MB' },
      { key: 'machine.load', label: `Machine load when the suite started (1-min average, ${cores} cores)`, value: round(load, 1), unit: 'count' },
    ];
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

const cpuMs = (since: NodeJS.CpuUsage) => {
  const used = process.cpuUsage(since);
  return (used.user + used.system) / 1000;
};

/**
 * Dev start (read everything, front-matter, graph, index) and the median of five edits, in wall
 * and CPU time: on a busy machine the CPU time shows what the work itself costs.
 */
async function measureDev(dir: string, concepts: number): Promise<{ start: number; startCpu: number; edit: number; editCpu: number }> {
  const service = createContentService(dir);
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  await service.start();
  const start = performance.now() - t0;
  const startCpu = cpuMs(c0);
  const file = join(dir, 'concepts', `${syntheticId(Math.floor(concepts / 2))}.md`);
  const original = await readFile(file, 'utf8');
  const times: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < 5; i++) {
    // Alternate a title change (re-checks every link) and a new prerequisite (re-checks the graph).
    const edited = i % 2 === 0 ? original.replace(/^title: .*$/m, `title: Edited ${i}`) : original.replace('prerequisites:\n', `prerequisites:\n  - ${syntheticId(i)}\n`);
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
  return { start, startCpu, edit: median(times), editCpu: median(cpu) };
}
