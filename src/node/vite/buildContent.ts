import { createHash } from 'node:crypto';
import type { ContentIndex } from '../../core/model';
import type { CompiledContent } from '../../core/compile';
import { compileFolder } from '../content/compileFolder';
import { loadAsset } from '../content/loadAsset';
import { sortDiagnostics, type Diagnostic } from '../../core/diagnostics';

/** A file for the production build: `content/...` under the output folder. */
export interface EmittedFile {
  readonly fileName: string;
  readonly source: string | Uint8Array;
}

/** The compiled content, ready to write: the index and every body and asset file. */
export interface BuiltContent {
  readonly result: CompiledContent;
  readonly index: ContentIndex;
  readonly files: readonly EmittedFile[];
}

/** First 10 hex digits of the SHA-256 of `text`: enough to bust caches, short in URLs. */
export function contentHash(text: string | Uint8Array): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 10);
}

/**
 * Compiles the folder for `vite build`: each body becomes `content/<key>.<hash>.json` (the hash of
 * its JSON, so it can be cached forever) and each asset is copied to `content/<path>` (SVGs
 * sanitised, HTML and XML documents left out: see `loadAsset`). Links and
 * body URLs start with `base`, the path the site is served under (empty at the root).
 */
export async function buildContent(dir: string, base = ''): Promise<BuiltContent> {
  const { result: compiled, assets: assetPaths } = await compileFolder(dir, { base });
  const files: EmittedFile[] = [];
  const bodies: Record<string, string> = {};
  for (const [key, body] of [...compiled.bodies].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const json = JSON.stringify(body);
    const fileName = `content/${key}.${contentHash(json)}.json`;
    bodies[key] = `${base}/${fileName}`;
    files.push({ fileName, source: json });
  }
  // SVGs are published sanitised (their warnings join the build's diagnostics); documents never.
  const assetWarnings: Diagnostic[] = [];
  for (const path of assetPaths) {
    const asset = await loadAsset(dir, path);
    if (!asset) continue;
    files.push({ fileName: `content/${path}`, source: asset.source });
    if (asset.diagnostic) assetWarnings.push(asset.diagnostic);
  }
  const { site, concepts, roadmaps, courses } = compiled;
  // The build prints the diagnostics and fails on errors; learners have no use for the warnings
  // (only the dev app shows them), so the shipped index leaves them out.
  const result = { ...compiled, diagnostics: sortDiagnostics([...compiled.diagnostics, ...assetWarnings]) };
  return { result, index: { site, concepts, roadmaps, courses, diagnostics: [], bodies }, files };
}
