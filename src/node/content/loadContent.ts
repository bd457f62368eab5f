import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { SourceFile } from '../../core/model';
import { scanContentDir } from './scanContentDir';
import { toContentPath } from './toContentPath';

/** The content folder: `CONTENT_DIR` if set, else `./content`, resolved against the working directory. */
export function contentDir(env: NodeJS.ProcessEnv = process.env): string {
  return resolve(env.CONTENT_DIR ?? 'content');
}

/**
 * Reads every Markdown and YAML file under `dir` (sorted by path, so output is reproducible;
 * dot-files and dot-folders skipped). Reads are synchronous on purpose: for thousands of small
 * files they are several times faster than one promise per file.
 */
export async function loadContent(dir: string = contentDir()): Promise<SourceFile[]> {
  return scanContentDir(dir).files.map((p) => ({ path: toContentPath(dir, p), text: readFileSync(p, 'utf8') }));
}
