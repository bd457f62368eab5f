import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { toContentPath } from './toContentPath';

const CONTENT_FILE = /\.(md|ya?ml)$/;

/** What a content folder holds: its Markdown and YAML files, and everything else (assets). */
export interface ContentDirScan {
  /**
   * Absolute paths of the content files, and of every symbolic link whatever its name, sorted. The
   * readers skip and report a link (`readContentFile`) rather than follow it, so no command reads
   * outside the folder or loops; the listing itself never descends into one.
   */
  readonly files: readonly string[];
  /** Content-relative paths of the other files, sorted. */
  readonly assets: readonly string[];
}

/** Lists `dir` once, recursively, without following symbolic links; dot-files and dot-folders are skipped. */
export function scanContentDir(dir: string): ContentDirScan {
  const files: string[] = [];
  const assets: string[] = [];
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    const link = entry.isSymbolicLink();
    if (!entry.isFile() && !link) continue;
    const absolute = join(entry.parentPath, entry.name);
    const path = toContentPath(dir, absolute);
    if (path.split('/').some((part) => part.startsWith('.'))) continue;
    if (link || CONTENT_FILE.test(entry.name)) files.push(absolute);
    else assets.push(path);
  }
  return { files: files.sort(), assets: assets.sort() };
}
