import { readlinkSync } from 'node:fs';
import { lstat } from 'node:fs/promises';
import type { SourceFile } from '../../core/model';
import { toContentPath } from './toContentPath';

/** True when `abs` is a symbolic link (false when it does not exist). */
export async function isSymlink(abs: string): Promise<boolean> {
  return lstat(abs).then(
    (s) => s.isSymbolicLink(),
    () => false,
  );
}

/**
 * The symbolic link at `abs` in content folder `dir`, as the compiler gets it: no text, and a
 * `symlink` problem naming where it points (the compiler reports it and reads nothing).
 */
export function symlinkFile(dir: string, abs: string): SourceFile {
  let target: string | undefined;
  try {
    target = readlinkSync(abs);
  } catch {
    // Gone since: still reported as what it was.
  }
  return { path: toContentPath(dir, abs), text: '', problem: target === undefined ? { kind: 'symlink' } : { kind: 'symlink', target } };
}
