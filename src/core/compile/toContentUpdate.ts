import type { ContentUpdate, IndexUpdate } from '../model';

/** `update` as it travels: a patch when `metadataChanged` is false, else the whole index. */
export function toContentUpdate(update: IndexUpdate, metadataChanged: boolean): ContentUpdate {
  if (metadataChanged) return update;
  const { index, changed } = update;
  const bodies: Record<string, string> = {};
  for (const key of changed) {
    const url = index.bodies[key];
    if (url !== undefined) bodies[key] = url;
  }
  return { patch: { bodies, diagnostics: index.diagnostics }, changed };
}
