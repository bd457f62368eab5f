import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { toContentPath } from './toContentPath';

const CONTENT_FILE = /\.(md|ya?ml)$/;

/** What a content folder holds: its Markdown and YAML files, and everything else (assets). */
export interface ContentDirScan {
  /** Absolute paths of the content files, sorted. */
  readonly files: readonly string[];
  /** Content-relative paths of the other files, sorted. */
  readonly assets: readonly string[];
}

/** Lists `dir` once, recursively; dot-files and dot-folders are skipped. */
export function scanContentDir(dir: string): ContentDirScan {
  const files: string[] = [];
  const assets: string[] = [];
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const absolute = join(entry.parentPath, entry.name);
    const path = toContentPath(dir, absolute);
    if (path.split('/').some((part) => part.startsWith('.'))) continue;
    if (CONTENT_FILE.test(entry.name)) files.push(absolute);
    else assets.push(path);
  }
  return { files: files.sort(), assets: assets.sort() };
}
