import { readFileSync } from 'node:fs';
import { relative, resolve, sep } from 'node:path';
import type { SourceFile } from '../core/content/SourceFile';
import { scanContentDir } from './scanContentDir';

/** The content folder: `CONTENT_DIR` if set, else `./content`, resolved against the working directory. */
export function contentDir(env: NodeJS.ProcessEnv = process.env): string {
  return resolve(env.CONTENT_DIR ?? 'content');
}

/** Content-relative, `/`-separated path of an absolute file path. */
export function toContentPath(dir: string, file: string): string {
  // Files found by scanning `dir` start with it: slicing is the cheap `relative` for many files.
  const rest = file.startsWith(dir) && file[dir.length] === sep ? file.slice(dir.length + 1) : undefined;
  const plain = rest !== undefined && !rest.startsWith('.') && !rest.includes(`${sep}.`);
  const inside = plain ? rest : relative(dir, file);
  return sep === '/' ? inside : inside.split(sep).join('/');
}

/**
 * Reads every Markdown and YAML file under `dir` (sorted by path, so output is reproducible;
 * dot-files and dot-folders skipped). Reads are synchronous on purpose: for thousands of small
 * files they are several times faster than one promise per file.
 */
export async function loadContent(dir: string = contentDir()): Promise<SourceFile[]> {
  return scanContentDir(dir).files.map((p) => ({ path: toContentPath(dir, p), text: readFileSync(p, 'utf8') }));
}
