import { statSync } from 'node:fs';

/**
 * Calls `found` once `dir` exists as a folder, checking every `intervalMs` (one `stat` a check:
 * cheaper and surer than watching a parent folder that may not exist either). Returns a function
 * that stops waiting.
 */
export function waitForFolder(dir: string, found: () => void, intervalMs = 500): () => void {
  const timer = setInterval(() => {
    if (!statSync(dir, { throwIfNoEntry: false })?.isDirectory()) return;
    clearInterval(timer);
    found();
  }, intervalMs);
  // Waiting must not keep a closing server's process alive.
  timer.unref();
  return () => clearInterval(timer);
}
