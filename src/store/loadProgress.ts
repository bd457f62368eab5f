import type { Progress } from '../core/progress';
import { emptyProgress } from '../core/progress';
import { readProgress } from '../core/progress';
import type { StorageNotice } from './AppState';

/** Where progress lives in localStorage (for a site at the root). The schema version is inside the value. */
export const PROGRESS_KEY = 'roadmaps.progress';
/** Prefix of the keys unreadable values are moved to; the time of the move follows it. */
export const ASIDE_PREFIX = 'roadmaps.progress.invalid.';

/** The storage keys of one site: its progress, and the prefix of values kept aside. */
export interface ProgressKeys {
  readonly progress: string;
  readonly asidePrefix: string;
}

/**
 * The keys for a site served under `base` (empty at the root). Storage belongs to the origin, so
 * sites under different paths of one origin keep their progress apart; the root keeps the
 * original keys.
 */
export function progressKeys(base: string): ProgressKeys {
  if (base === '') return { progress: PROGRESS_KEY, asidePrefix: ASIDE_PREFIX };
  return { progress: `${PROGRESS_KEY}@${base}`, asidePrefix: `${PROGRESS_KEY}@${base}.invalid.` };
}

const ROOT_KEYS = progressKeys('');

/** What the app starts from, and whether it may write progress back. */
export interface LoadedProgress {
  readonly progress: Progress;
  readonly notice: StorageNotice | null;
  /** False when writing could destroy a value that could not be kept aside. */
  readonly persist: boolean;
  /** Keys of every unreadable value kept aside so far, oldest first. */
  readonly asideKeys: readonly string[];
}

/** Keys of the values kept aside in `storage`, oldest first (their names carry the time). */
export function listAside(storage: Storage, keys: ProgressKeys = ROOT_KEYS): string[] {
  const found: string[] = [];
  try {
    for (let i = 0; i < storage.length; i++) {
      const key = storage.key(i);
      if (key?.startsWith(keys.asidePrefix)) found.push(key);
    }
  } catch {
    return [];
  }
  return found.sort();
}

/**
 * Copies an unreadable value to a fresh key so nothing overwrites it, or finds the copy made on an
 * earlier visit (the bad value stays in place until the learner changes something, so every
 * reload until then would otherwise copy it again). `null` if storage refused.
 */
export function keepAside(storage: Storage, raw: string, now: string, keys: ProgressKeys = ROOT_KEYS): string | null {
  try {
    const earlier = listAside(storage, keys).find((key) => storage.getItem(key) === raw);
    if (earlier) return earlier;
    let key = `${keys.asidePrefix}${now}`;
    for (let n = 2; storage.getItem(key) !== null; n++) key = `${keys.asidePrefix}${now}.${n}`;
    storage.setItem(key, raw);
    return key;
  } catch {
    return null;
  }
}

/**
 * Reads stored progress. A value of an older schema is migrated and written back; an unreadable
 * one is kept aside under another key and reported, and the app starts empty. If storage cannot
 * be read at all, or the bad value cannot be kept aside, progress stays in memory.
 */
export function loadProgress(storage: Storage | null, now: string, keys: ProgressKeys = ROOT_KEYS): LoadedProgress {
  if (!storage) return { progress: emptyProgress(now), notice: null, persist: false, asideKeys: [] };
  let raw: string | null;
  try {
    raw = storage.getItem(keys.progress);
  } catch {
    return { progress: emptyProgress(now), notice: { kind: 'unavailable' }, persist: false, asideKeys: [] };
  }
  const read = readProgress(raw, now);
  if (read.kind === 'empty') return { progress: emptyProgress(now), notice: null, persist: true, asideKeys: listAside(storage, keys) };
  if (read.kind === 'ok') {
    if (read.migratedFrom !== undefined) writeProgress(storage, read.progress, keys);
    return { progress: read.progress, notice: null, persist: true, asideKeys: listAside(storage, keys) };
  }
  const asideKey = keepAside(storage, raw ?? '', now, keys);
  return {
    progress: emptyProgress(now),
    notice: { kind: 'invalid', reason: read.reason, asideKey },
    persist: asideKey !== null,
    asideKeys: listAside(storage, keys),
  };
}

/** Stores progress; false when the browser refused (quota, privacy mode). */
export function writeProgress(storage: Storage, progress: Progress, keys: ProgressKeys = ROOT_KEYS): boolean {
  try {
    storage.setItem(keys.progress, JSON.stringify(progress));
    return true;
  } catch {
    return false;
  }
}
