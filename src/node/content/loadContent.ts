import { resolve } from 'node:path';
import type { SourceFile } from '../../core/model';
import { readContentFile } from './readContentFile.mjs';
import { scanContentDir } from './scanContentDir';
import { toContentPath } from './toContentPath';

/** The content folder: `CONTENT_DIR` if set, else `./content`, resolved against the working directory. */
export function contentDir(env: NodeJS.ProcessEnv = process.env): string {
  return resolve(env.CONTENT_DIR ?? 'content');
}

/**
 * Reads every Markdown and YAML file under `dir` (sorted by path, so output is reproducible;
 * dot-files and dot-folders skipped), as the dev server's reader thread does: symbolic links and
 * unreadable files come with a `problem` instead of text, files that vanish are left out. Reads
 * are synchronous on purpose: for thousands of small files they are several times faster than one
 * promise per file. `paths`: the content files' absolute paths, when the folder was listed already.
 */
export async function loadContent(dir: string = contentDir(), paths: readonly string[] = scanContentDir(dir).files): Promise<SourceFile[]> {
  const scratch = Buffer.allocUnsafe(1 << 16);
  const files: SourceFile[] = [];
  for (const path of paths) {
    const read = readContentFile(path, scratch);
    if (read) files.push({ path: toContentPath(dir, path), ...read });
  }
  return files;
}
