import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { toContentPath } from './loadContent';

const CONTENT_FILE = /\.(md|ya?ml)$/;

/**
 * Content-relative paths of every non-Markdown, non-YAML file under `dir` (images, PDFs…), sorted;
 * dot-files and dot-folders are skipped. These are the files relative links may point at.
 */
export async function listAssets(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && !CONTENT_FILE.test(e.name))
    .map((e) => toContentPath(dir, join(e.parentPath, e.name)))
    .filter((p) => !p.split('/').some((part) => part.startsWith('.')))
    .sort();
}
