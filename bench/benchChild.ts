import { compileFolder } from '../src/node/content/compileFolder';
import { createContentService } from '../src/node/dev/ContentService';
import { compileParallel } from '../src/node/workers/compileParallel';
import { scanContentDir } from '../src/node/content/scanContentDir';
import { loadContent } from '../src/node/content/loadContent';
import { measureFloor } from './measureFloor';

/** What a bench child process reports on stdout (one JSON line). */
export interface ChildReport {
  readonly ms: number;
  readonly peakRssMB: number;
  readonly check: number;
  /** CPU time of the whole process (all threads) during the measurement. */
  readonly cpuMs: number;
  /** Dev start only: until the whole index is built too (roadmap bodies parsed for their links). */
  readonly indexMs?: number;
}

// One measurement per process, so each starts from a fresh heap and its peak RSS is its own.
// Modules are imported before the clock starts; reading the files is timed.
const [mode, dir, workers] = process.argv.slice(2);
const start = performance.now();
const cpu = process.cpuUsage();
let check = 0;
let indexMs: number | undefined;
let ms = 0;
let used = { user: 0, system: 0 };
if (mode === 'floor') {
  check = await measureFloor(dir!);
} else if (mode === 'compile') {
  check = (await compileFolder(dir!, { parallel: false })).result.bodies.size;
} else if (mode === 'parallel') {
  // As `compileFolder` does: the listing first, the workers started before the files are read.
  const { files, assets } = scanContentDir(dir!);
  check = (await compileParallel(() => loadContent(dir!, files), { assets, workers: Number(workers) })).bodies.size;
} else if (mode === 'dev') {
  // What the dev server does before it can serve the graph: read everything, front-matter, graph.
  const service = createContentService(dir!);
  const graph = await service.start();
  ms = performance.now() - start;
  used = process.cpuUsage(cpu);
  // Then what its first page request waits for besides: the index, with roadmap links and orphans.
  service.index();
  check = service.state().concepts.length;
  indexMs = performance.now() - start;
  if (check !== graph.ids.length) throw new Error(`dev start: the graph has ${graph.ids.length} concepts, the index ${check}`);
} else {
  throw new Error(`unknown bench mode ${mode}`);
}
if (indexMs === undefined) {
  ms = performance.now() - start;
  used = process.cpuUsage(cpu);
}
const report: ChildReport = {
  ms,
  peakRssMB: process.resourceUsage().maxRSS / 1024,
  check,
  cpuMs: (used.user + used.system) / 1000,
  indexMs,
};
process.stdout.write(`${JSON.stringify(report)}\n`);
