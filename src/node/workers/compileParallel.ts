import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { RenderedBody } from '../../core/model';
import type { SourceFile } from '../../core/model';
import type { CompileOptions, CompiledContent } from '../../core/compile';
import { createContentCompiler } from '../../core/compile';
import type { WorkerReply, WorkerRequest } from './compileWorker';

/** Batches queued on each worker at the start, enough for it to render while this thread checks. */
const AHEAD = 8;

/** Options of `compileParallel`. */
export interface ParallelOptions extends Pick<CompileOptions, 'assets' | 'base'> {
  /** Worker threads to use; default one per core. */
  readonly workers?: number;
  /** Bodies per message (default 32): large enough to amortise messaging, small enough to balance. */
  readonly batch?: number;
}

/**
 * `compile` with the bodies rendered on worker threads. Front-matter and the graph are checked
 * on this thread (a small share of the work); bodies go out in batches to whichever worker is
 * free. The result is identical to `compile(files, { assets })`. Given a function, the workers
 * start before it is called, so their start overlaps reading the files.
 */
export async function compileParallel(
  source: readonly SourceFile[] | (() => Promise<readonly SourceFile[]>),
  options: ParallelOptions = {},
): Promise<CompiledContent> {
  const count = Math.max(1, options.workers ?? availableParallelism());
  const batch = options.batch ?? 32;
  // Workers start loading the Markdown pipeline while this thread reads the front-matter.
  const workers = Array.from({ length: count }, () => spawnWorker());
  try {
    const files = typeof source === 'function' ? await source() : source;
    const compiler = createContentCompiler(options.assets ?? null, { cacheRenders: false, base: options.base });
    const bodies = new Map<string, RenderedBody>();
    for (const file of files) compiler.setFile(file);
    // The link tables come from front-matter alone: the workers start on bodies before the rest
    // of the checks (roadmap links, the math of summaries and goals) run, on this thread, below.
    const { table } = compiler.concepts();
    const keys = compiler.bodyKeys();
    const queue = keys.map((key) => ({ key, source: compiler.bodySource(key)! }));
    let next = 0;
    const rendered = Promise.all(
      workers.map(
        (worker) =>
          new Promise<void>((resolve, reject) => {
            let pending = 0;
            const send = () => {
              if (next >= queue.length) {
                if (pending === 0) resolve();
                return;
              }
              const items = queue.slice(next, next + batch);
              next += items.length;
              pending++;
              worker.postMessage({ type: 'render', items } satisfies WorkerRequest);
            };
            worker.on('message', (reply: WorkerReply) => {
              if (reply.type === 'failed') return reject(new Error(reply.message));
              pending--;
              for (const { key, render } of reply.results) {
                compiler.adoptRender(key, render);
                bodies.set(key, render.body);
              }
              send();
            });
            worker.on('error', reject);
            worker.postMessage({ type: 'init', table } satisfies WorkerRequest);
            // A few batches queued ahead keep each worker busy while this thread checks the rest.
            for (let k = 0; k < AHEAD; k++) send();
          }),
      ),
    );
    compiler.state();
    await rendered;
    const sorted = new Map(keys.map((key) => [key, bodies.get(key)!]));
    const { site, concepts, roadmaps, courses, graph, diagnostics } = compiler.state();
    return { site, concepts, roadmaps, courses, graph, diagnostics, bodies: sorted };
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}

/**
 * Starts a worker on `compileWorker`. Under tsx (TypeScript sources) a worker cannot load a `.ts`
 * entry directly, so a tiny bootstrap registers tsx in the worker first.
 */
function spawnWorker(): Worker {
  // The module URL may carry a query (tsx adds `?tsx-namespace=…`), so test the path alone.
  const entry = new URL(new URL(import.meta.url).pathname.endsWith('.ts') ? './compileWorker.ts' : './compileWorker.js', import.meta.url);
  if (!entry.pathname.endsWith('.ts')) return new Worker(entry);
  const api = import.meta.resolve('tsx/esm/api');
  const code = `import(${JSON.stringify(api)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(entry.href)}); });`;
  return new Worker(code, { eval: true });
}
