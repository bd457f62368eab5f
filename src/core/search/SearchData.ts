import type { PackedEngine } from './packedEngine';

/** Bumped whenever the shape below or the engine's options change, so an old file is refused. */
export const SEARCH_DATA_VERSION = 1;

/**
 * The prebuilt search index, as JSON (`content/search.<hash>.json`): the engine, and what results
 * show, in columns by document (a document's position is its id in the engine).
 */
export interface SearchData {
  readonly version: typeof SEARCH_DATA_VERSION;
  readonly ids: readonly string[];
  readonly titles: readonly string[];
  /** Summaries, cut after what a result's two lines show. */
  readonly summaries: readonly string[];
  /** By position, for summaries with math: the summary as HTML. */
  readonly summaryHtml: Readonly<Record<number, string>>;
  /** By position, for concepts that have any: tags and aliases, normalised, dashes as spaces. */
  readonly labels: Readonly<Record<number, readonly string[]>>;
  readonly engine: PackedEngine;
}
