/** What a learner has said about a concept. No entry means "not started". */
export type ProgressState = 'known' | 'learning';

/** A plan the learner kept: its URL (`/plan/v1/…`) and the title it was saved under. */
export interface SavedPlan {
  readonly url: string;
  readonly title: string;
  /** ISO 8601 time it was saved (or last renamed). */
  readonly savedAt: string;
}

/** The schema version this code writes. Older versions are migrated on read. */
export const PROGRESS_VERSION = 2;

/**
 * Everything the app remembers about a learner (schema v2). `states` is keyed by the id the
 * learner marked, which may be an alias or an id the content no longer has: such entries are kept,
 * because the concept may come back.
 *
 * Two tabs can change progress at the same moment, so each change carries its time and tabs merge
 * entry by entry, the later change winning. A removal is a change too: `changedAt` keeps the time
 * of a cleared state (a key with a time but no state), and `removedPlans` the time a plan was
 * removed, so that an older copy of the entry in another tab cannot bring it back.
 */
export interface Progress {
  readonly version: typeof PROGRESS_VERSION;
  readonly states: Readonly<Record<string, ProgressState>>;
  /** ISO 8601 time each key's state last changed, set or cleared. */
  readonly changedAt: Readonly<Record<string, string>>;
  readonly plans: readonly SavedPlan[];
  /** ISO 8601 time each removed plan (by URL) was removed. */
  readonly removedPlans: Readonly<Record<string, string>>;
  /** ISO 8601 time of the last change. */
  readonly updatedAt: string;
}

/** A learner who has marked nothing yet. */
export function emptyProgress(now: string): Progress {
  return { version: PROGRESS_VERSION, states: {}, changedAt: {}, plans: [], removedPlans: {}, updatedAt: now };
}
