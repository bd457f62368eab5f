import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import type { SourceFile } from '../core/content/SourceFile';

/** The content folder: `CONTENT_DIR` if set, else `./content`, resolved against the working directory. */
export function contentDir(env: NodeJS.ProcessEnv = process.env): string {
  return resolve(env.CONTENT_DIR ?? 'content');
}

/** Content-relative, `/`-separated path of an absolute file path. */
export function toContentPath(dir: string, file: string): string {
  return relative(dir, file).split(sep).join('/');
}

const CONTENT_FILE = /\.(md|ya?ml)$/;

/**
 * Reads every Markdown and YAML file under `dir` (sorted by path, so output is reproducible).
 * Reads are synchronous on purpose: for thousands of small files they are several times faster
 * than one promise per file, and nothing else should run while content loads.
 */
export async function loadContent(dir: string = contentDir()): Promise<SourceFile[]> {
  const entries = readdirSync(dir, { recursive: true, withFileTypes: true });
  const paths = entries
    .filter((e) => e.isFile() && CONTENT_FILE.test(e.name))
    .map((e) => join(e.parentPath, e.name))
    .sort();
  return paths.map((p) => ({ path: toContentPath(dir, p), text: readFileSync(p, 'utf8') }));
}
