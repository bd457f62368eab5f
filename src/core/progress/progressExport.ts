import type { Progress } from './Progress';
import { PROGRESS_VERSION } from './Progress';
import type { ReadProgress } from './readProgress';
import { migrateProgress } from './readProgress';

/** Marks a JSON file as exported progress, so an import can tell it from any other JSON. */
export const EXPORT_FORMAT = 'roadmaps-progress';

/**
 * The JSON file a learner downloads: the stored progress plus a format tag and the export time.
 * What was cleared or removed (a dropped review schedule too) is left out: an import only ever adds.
 */
export interface ProgressExport extends Pick<Progress, 'states' | 'changedAt' | 'plans' | 'reviews' | 'placements' | 'updatedAt'> {
  readonly format: typeof EXPORT_FORMAT;
  readonly version: typeof PROGRESS_VERSION;
  readonly exportedAt: string;
}

/** The export of `progress` at time `now`. */
export function exportProgress(progress: Progress, now: string): ProgressExport {
  return {
    format: EXPORT_FORMAT,
    version: PROGRESS_VERSION,
    exportedAt: now,
    states: progress.states,
    changedAt: Object.fromEntries(Object.keys(progress.states).map((key) => [key, progress.changedAt[key] ?? progress.updatedAt])),
    plans: progress.plans,
    reviews: Object.fromEntries(Object.entries(progress.reviews).filter(([, entry]) => entry.card !== null)),
    placements: progress.placements,
    updatedAt: progress.updatedAt,
  };
}

/**
 * Reads an imported file: an export, or a raw stored value of any known schema version (so a
 * value copied out of the browser's storage also imports). Never throws.
 */
export function parseImport(text: string, now: string): ReadProgress {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { kind: 'invalid', reason: 'the file is not JSON' };
  }
  if (typeof value === 'object' && value !== null && 'format' in value) {
    if (value.format !== EXPORT_FORMAT)
      return { kind: 'invalid', reason: `expected a \`${EXPORT_FORMAT}\` file, found \`${String(value.format).slice(0, 40)}\`` };
    const { format: _format, exportedAt: _exportedAt, ...stored } = value as Record<string, unknown>;
    return migrateProgress(stored, now);
  }
  return migrateProgress(value, now);
}
