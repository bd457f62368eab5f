import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { assetKind, sanitiseSvg, svgDiagnostic } from '../../core/assets';
import type { Diagnostic } from '../../core/diagnostics';

/** An asset as the site serves and publishes it. */
export interface LoadedAsset {
  /** The bytes to serve: the file's own, or for an SVG its sanitised text. */
  readonly source: string | Uint8Array;
  /** The `unsafe-asset` warning when sanitising removed something from an SVG. */
  readonly diagnostic?: Diagnostic;
}

/**
 * Reads the asset at `path` (content-relative) under `dir` as the site serves it: SVGs
 * sanitised, other files as they are; undefined for a document (HTML, XML), which is never
 * served or published (the compiler reports it as an `unsafe-asset` error).
 */
export async function loadAsset(dir: string, path: string): Promise<LoadedAsset | undefined> {
  const kind = assetKind(path);
  if (kind === 'document') return undefined;
  if (kind === 'file') return { source: await readFile(join(dir, path)) };
  const { svg, findings } = sanitiseSvg(await readFile(join(dir, path), 'utf8'));
  const diagnostic = svgDiagnostic(path, findings);
  return diagnostic ? { source: svg, diagnostic } : { source: svg };
}
