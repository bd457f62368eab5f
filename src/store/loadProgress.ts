import type { Progress } from '../core/progress/Progress';
import { emptyProgress } from '../core/progress/Progress';
import { readProgress } from '../core/progress/readProgress';
import type { StorageNotice } from './AppState';

/** Where progress lives in localStorage. The schema version is inside the value. */
export const PROGRESS_KEY = 'roadmaps.progress';
/** Prefix of the keys unreadable values are moved to; the time of the move follows it. */
export const ASIDE_PREFIX = 'roadmaps.progress.invalid.';

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
export function listAside(storage: Storage): string[] {
  const keys: string[] = [];
  try {
    for (let i = 0; i < storage.length; i++) {
      const key = storage.key(i);
      if (key?.startsWith(ASIDE_PREFIX)) keys.push(key);
    }
  } catch {
    return [];
  }
  return keys.sort();
}

/**
 * Copies an unreadable value to a fresh key so nothing overwrites it, or finds the copy made on an
 * earlier visit (the bad value stays in place until the learner changes something, so every
 * reload until then would otherwise copy it again). `null` if storage refused.
 */
export function keepAside(storage: Storage, raw: string, now: string): string | null {
  try {
    const earlier = listAside(storage).find((key) => storage.getItem(key) === raw);
    if (earlier) return earlier;
    let key = `${ASIDE_PREFIX}${now}`;
    for (let n = 2; storage.getItem(key) !== null; n++) key = `${ASIDE_PREFIX}${now}.${n}`;
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
export function loadProgress(storage: Storage | null, now: string): LoadedProgress {
  if (!storage) return { progress: emptyProgress(now), notice: null, persist: false, asideKeys: [] };
  let raw: string | null;
  try {
    raw = storage.getItem(PROGRESS_KEY);
  } catch {
    return { progress: emptyProgress(now), notice: { kind: 'unavailable' }, persist: false, asideKeys: [] };
  }
  const read = readProgress(raw, now);
  if (read.kind === 'empty') return { progress: emptyProgress(now), notice: null, persist: true, asideKeys: listAside(storage) };
  if (read.kind === 'ok') {
    if (read.migratedFrom !== undefined) writeProgress(storage, read.progress);
    return { progress: read.progress, notice: null, persist: true, asideKeys: listAside(storage) };
  }
  const asideKey = keepAside(storage, raw ?? '', now);
  return {
    progress: emptyProgress(now),
    notice: { kind: 'invalid', reason: read.reason, asideKey },
    persist: asideKey !== null,
    asideKeys: listAside(storage),
  };
}

/** Stores progress; false when the browser refused (quota, privacy mode). */
export function writeProgress(storage: Storage, progress: Progress): boolean {
  try {
    storage.setItem(PROGRESS_KEY, JSON.stringify(progress));
    return true;
  } catch {
    return false;
  }
}
