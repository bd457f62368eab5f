import { Worker } from 'node:worker_threads';
import type { ReadProblem, SourceFile } from '../../core/model';
import { toContentPath } from './toContentPath';

// A small first batch gets the caller parsing soon after the worker starts.
const FIRST_BATCH = 32;
const BATCH = 256;

// The worker is plain JavaScript, so it starts in milliseconds whatever loads the TypeScript sources.
const READER = new URL('./readFilesWorker.mjs', import.meta.url);

interface Batch {
  readonly text: string;
  /** Each file's length in `text`; -1 for a file that vanished. */
  readonly lengths: readonly number[];
  /** What went wrong reading some of them, by index in the batch. */
  readonly problems: readonly (readonly [index: number, problem: ReadProblem])[];
}

/**
 * Starts reading the files at `paths` (absolute, under content folder `dir`) on a worker thread
 * at once, and gives them in batches as they arrive, so the caller can do other work first and
 * parse one batch while the next is read. Files that vanish while reading are skipped; symbolic
 * links and unreadable files come with empty text and a `problem` (see `readContentFile`). Given a
 * function, the thread starts before it is called: listing a large folder takes about as long
 * as starting a thread, so the two overlap.
 */
export function streamContent(dir: string, list: readonly string[] | (() => readonly string[])): AsyncIterable<SourceFile[]> {
  // `execArgv: []`: plain JavaScript needs nothing the parent was started with (tsx, say).
  const worker = new Worker(READER, { execArgv: [], workerData: { firstBatch: FIRST_BATCH, batch: BATCH } });
  // Nothing to read, or the listing failed: a thread left waiting would keep the process alive.
  let paths: readonly string[];
  try {
    paths = typeof list === 'function' ? list() : list;
  } catch (error) {
    void worker.terminate();
    throw error;
  }
  if (paths.length === 0) {
    void worker.terminate();
    return (async function* () {})();
  }
  worker.postMessage(paths);
  const queue: Batch[] = [];
  let wake: (() => void) | undefined;
  let failure: unknown;
  worker.on('message', (batch: Batch) => {
    queue.push(batch);
    wake?.();
  });
  worker.on('error', (error) => {
    failure = error;
    wake?.();
  });
  return (async function* () {
    try {
      for (let done = 0; done < paths.length;) {
        while (queue.length === 0 && failure === undefined) await new Promise<void>((resolve) => (wake = resolve));
        if (failure !== undefined) throw failure;
        const { text, lengths, problems } = queue.shift()!;
        const problemAt = new Map(problems);
        const files: SourceFile[] = [];
        let at = 0;
        for (const [i, length] of lengths.entries()) {
          if (length < 0) continue;
          const file = { path: toContentPath(dir, paths[done + i]!), text: text.slice(at, at + length) };
          const problem = problemAt.get(i);
          files.push(problem ? { ...file, problem } : file);
          at += length;
        }
        done += lengths.length;
        yield files;
      }
    } finally {
      await worker.terminate();
    }
  })();
}
