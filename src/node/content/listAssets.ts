import { scanContentDir } from './scanContentDir';

/**
 * Content-relative paths of every non-Markdown, non-YAML file under `dir` (images, PDFs…), sorted;
 * dot-files and dot-folders are skipped. These are the files relative links may point at.
 */
export async function listAssets(dir: string): Promise<string[]> {
  return [...scanContentDir(dir).assets];
}
