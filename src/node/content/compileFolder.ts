import { availableParallelism } from 'node:os';
import { compile, type CompiledContent } from '../../core/compile';
import { compileParallel } from '../workers/compileParallel';
import { loadContent } from './loadContent';
import { scanContentDir } from './scanContentDir';

/** A compiled folder and how many content files it had. */
export interface CompiledFolder {
  readonly result: CompiledContent;
  readonly files: number;
  /** Content-relative paths of the assets found. */
  readonly assets: readonly string[];
}

// Below this many files, starting worker threads (each loads the Markdown pipeline) costs more
// than it saves.
const PARALLEL_FROM = 400;

/**
 * Reads and compiles the content folder `dir`, bodies rendered: on worker threads for large
 * folders when there is more than one core (the result is the same either way).
 */
export async function compileFolder(
  dir: string,
  options: { readonly parallel?: boolean; readonly base?: string } = {},
): Promise<CompiledFolder> {
  const { files: paths, assets } = scanContentDir(dir);
  const parallel = options.parallel ?? (paths.length >= PARALLEL_FROM && availableParallelism() > 1);
  const { base } = options;
  let count = 0;
  const load = async () => {
    const files = await loadContent(dir, paths);
    count = files.length;
    return files;
  };
  // In parallel, the workers start loading the Markdown pipeline while this thread reads.
  const result = parallel ? await compileParallel(load, { assets, base }) : compile(await load(), { assets, base });
  return { result, files: count, assets };
}
