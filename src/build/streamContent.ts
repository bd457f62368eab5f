import { Worker } from 'node:worker_threads';
import type { SourceFile } from '../core/content/SourceFile';
import { toContentPath } from './loadContent';

// A small first batch gets the caller parsing soon after the worker starts.
const FIRST_BATCH = 32;
const BATCH = 256;

// Plain JavaScript, so the worker starts in milliseconds whatever loads the TypeScript sources.
const READER = `
const { parentPort, workerData } = require('node:worker_threads');
const { readFileSync } = require('node:fs');
let batch = [];
let first = true;
for (const path of workerData.paths) {
  let text = null;
  try { text = readFileSync(path, 'utf8'); } catch {}
  batch.push(text);
  if (batch.length === (first ? ${FIRST_BATCH} : ${BATCH})) { parentPort.postMessage(batch); batch = []; first = false; }
}
parentPort.postMessage(batch);
`;

/**
 * The files at `paths` (absolute, under content folder `dir`) in batches as they are read. A worker
 * thread reads while the caller parses the previous batch, so reading (a few system calls a file)
 * costs little on the critical path. Files that vanish while reading are skipped.
 */
export async function* streamContent(dir: string, paths: readonly string[]): AsyncGenerator<SourceFile[]> {
  if (paths.length === 0) return;
  const worker = new Worker(READER, { eval: true, workerData: { paths } });
  const queue: (string | null)[][] = [];
  let wake: (() => void) | undefined;
  let failure: unknown;
  worker.on('message', (batch: (string | null)[]) => {
    queue.push(batch);
    wake?.();
  });
  worker.on('error', (error) => {
    failure = error;
    wake?.();
  });
  try {
    for (let done = 0; done < paths.length; ) {
      while (queue.length === 0 && failure === undefined) await new Promise<void>((resolve) => (wake = resolve));
      if (failure !== undefined) throw failure;
      const texts = queue.shift()!;
      const files: SourceFile[] = [];
      for (const [i, text] of texts.entries()) {
        if (text !== null) files.push({ path: toContentPath(dir, paths[done + i]!), text });
      }
      done += texts.length;
      yield files;
    }
  } finally {
    await worker.terminate();
  }
}
