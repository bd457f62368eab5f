import { availableParallelism } from 'node:os';
import { compile, type CompiledContent } from '../../core/compile';
import { compileParallel } from '../workers/compileParallel';
import { listAssets } from './listAssets';
import { loadContent } from './loadContent';

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
  const [files, assets] = await Promise.all([loadContent(dir), listAssets(dir)]);
  const parallel = options.parallel ?? (files.length >= PARALLEL_FROM && availableParallelism() > 1);
  const { base } = options;
  const result = parallel ? await compileParallel(files, { assets, base }) : compile(files, { assets, base });
  return { result, files: files.length, assets };
}
