import { assetKind } from '../../core/assets';
import type { Diagnostic } from '../../core/diagnostics';
import { loadAsset } from './loadAsset';

/**
 * The `unsafe-asset` warnings for the SVG assets (content-relative paths under `dir`) that
 * sanitising changes, so authors learn what the published figure lost. Reads only the SVGs; one
 * that vanished since the folder was listed is skipped.
 */
export async function svgAssetDiagnostics(dir: string, assets: readonly string[]): Promise<Diagnostic[]> {
  const diagnostics: Diagnostic[] = [];
  for (const path of assets) {
    if (assetKind(path) !== 'svg') continue;
    const asset = await loadAsset(dir, path).catch(() => undefined);
    if (asset?.diagnostic) diagnostics.push(asset.diagnostic);
  }
  return diagnostics;
}
