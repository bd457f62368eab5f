import type { Progress } from './Progress';
import { emptyProgress, PROGRESS_VERSION } from './Progress';
import { validateProgress, validateProgressV1, validateStates } from './validateProgress';

/** What a stored value turned out to be. */
export type ReadProgress =
  | { readonly kind: 'empty' }
  | { readonly kind: 'ok'; readonly progress: Progress; readonly migratedFrom?: number }
  | { readonly kind: 'invalid'; readonly reason: string };

/** Largest stored value read (10 MB): past this it is treated as foreign, not parsed. */
const MAX_CHARS = 10_000_000;

/**
 * Migrates an older schema to the current one. Version 0 is a plain `{ id: 'known' | 'learning' }`
 * map with no envelope; it gains an empty plan list and `now` as its update time. Version 1 has
 * no per-entry times; its states count as changed at its update time. Version 2 has no reviews or
 * placement records: it gains none, and loses nothing.
 */
export function migrateProgress(value: unknown, now: string): ReadProgress {
  if (typeof value === 'object' && value !== null && !Array.isArray(value) && !('version' in value)) {
    const states = validateStates(value);
    if (!states.ok) return { kind: 'invalid', reason: `not progress (${states.reason})` };
    const changedAt = Object.fromEntries(Object.keys(states.value).map((key) => [key, now]));
    return {
      kind: 'ok',
      progress: { ...emptyProgress(now), states: states.value, changedAt },
      migratedFrom: 0,
    };
  }
  const version = (value as { version?: unknown } | null)?.version;
  if (version === 1) {
    const v1 = validateProgressV1(value);
    return v1.ok ? { kind: 'ok', progress: v1.value, migratedFrom: 1 } : { kind: 'invalid', reason: v1.reason };
  }
  const checked = validateProgress(value);
  if (checked.ok) return version === 2 ? { kind: 'ok', progress: checked.value, migratedFrom: 2 } : { kind: 'ok', progress: checked.value };
  if (typeof version === 'number' && version > PROGRESS_VERSION) {
    return { kind: 'invalid', reason: `saved by a newer version of the site (schema ${version})` };
  }
  return { kind: 'invalid', reason: checked.reason };
}

/**
 * Reads a stored progress value: `null` is a learner with nothing stored yet; JSON of any known
 * schema version is validated and migrated; anything else is `invalid` with the reason, and the
 * caller must keep the raw value aside rather than overwrite it.
 */
export function readProgress(raw: string | null, now: string): ReadProgress {
  if (raw === null) return { kind: 'empty' };
  if (raw.length > MAX_CHARS) return { kind: 'invalid', reason: 'the stored value is too large to be progress' };
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return { kind: 'invalid', reason: 'the stored value is not JSON' };
  }
  return migrateProgress(value, now);
}
