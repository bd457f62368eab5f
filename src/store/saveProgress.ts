import type { Progress } from '../core/progress';
import { readProgress, reconcileProgress } from '../core/progress';
import type { ProgressKeys } from './loadProgress';
import { keepAside } from './loadProgress';

/** What saving did. */
export type SaveOutcome =
  /**
   * Stored (or already stored); `progress` is this tab's progress merged with what was stored, and
   * `aside` the unreadable value it found there and kept aside.
   */
  | { readonly kind: 'saved'; readonly progress: Progress; readonly aside: { readonly key: string; readonly reason: string } | null }
  /** The browser refused to read or write (`invalid` unset), or an unreadable stored value could not be kept aside. */
  | { readonly kind: 'failed'; readonly invalid?: string };

/**
 * Stores progress without clobbering another tab's changes: reads what is stored, merges it entry
 * by entry (the later change wins, `reconcileProgress`) and writes the result only when it differs
 * from what is stored. A stored value it cannot read is kept aside first (`aside`), never
 * overwritten unread; with `overwrite` (the learner reset everything) it is replaced.
 */
export function saveProgress(storage: Storage, progress: Progress, keys: ProgressKeys, now: string, overwrite = false): SaveOutcome {
  try {
    const raw = storage.getItem(keys.progress);
    const read = readProgress(raw, now);
    let next = progress;
    let aside: { key: string; reason: string } | null = null;
    if (read.kind === 'ok') {
      const merged = reconcileProgress(progress, read.progress);
      next = merged.progress;
      // Stored as it is, unless it is an older schema, which is written back in the current one.
      if (!merged.theirsStale && read.migratedFrom === undefined) return { kind: 'saved', progress: next, aside };
    } else if (read.kind === 'invalid' && !overwrite) {
      const key = keepAside(storage, raw ?? '', now, keys);
      if (key === null) return { kind: 'failed', invalid: read.reason };
      aside = { key, reason: read.reason };
    }
    storage.setItem(keys.progress, JSON.stringify(next));
    return { kind: 'saved', progress: next, aside };
  } catch {
    return { kind: 'failed' };
  }
}
