import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

/**
 * Builds the app on the content folder `contentDir` into `outDir` with `vite build` in its own
 * process, as a deployment would; returns the wall time in milliseconds.
 */
export async function buildSite(contentDir: string, outDir: string): Promise<number> {
  const root = fileURLToPath(new URL('../..', import.meta.url));
  const start = performance.now();
  await promisify(execFile)(`${root}node_modules/.bin/vite`, ['build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn'], {
    cwd: root,
    env: { ...process.env, CONTENT_DIR: contentDir },
    maxBuffer: 64 * 1024 * 1024,
  });
  return performance.now() - start;
}
