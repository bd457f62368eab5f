/** What a learner has said about a concept. No entry means "not started". */
export type ProgressState = 'known' | 'learning';

/** A plan the learner kept: its URL (`/plan/v1/…`) and the title it was saved under. */
export interface SavedPlan {
  readonly url: string;
  readonly title: string;
  /** ISO 8601 time it was saved. */
  readonly savedAt: string;
}

/** The schema version this code writes. Older versions are migrated on read. */
export const PROGRESS_VERSION = 1;

/**
 * Everything the app remembers about a learner (schema v1). `states` is keyed by the id the
 * learner marked, which may be an alias or an id the content no longer has: such entries are kept,
 * because the concept may come back.
 */
export interface Progress {
  readonly version: typeof PROGRESS_VERSION;
  readonly states: Readonly<Record<string, ProgressState>>;
  readonly plans: readonly SavedPlan[];
  /** ISO 8601 time of the last change. */
  readonly updatedAt: string;
}

/** A learner who has marked nothing yet. */
export function emptyProgress(now: string): Progress {
  return { version: PROGRESS_VERSION, states: {}, plans: [], updatedAt: now };
}
