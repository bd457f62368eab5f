/** What a learner has said about a concept. No entry means "not started". */
export type ProgressState = 'known' | 'learning';

/** A plan the learner kept: its URL (`/plan/v1/…`) and the title it was saved under. */
export interface SavedPlan {
  readonly url: string;
  readonly title: string;
  /** ISO 8601 time it was saved (or last renamed). */
  readonly savedAt: string;
}

/** How a review went, in FSRS's four grades. */
export type ReviewGrade = 'again' | 'hard' | 'good' | 'easy';

/**
 * A concept's spaced-review schedule: the FSRS card fields, serialisable (times as ISO 8601).
 * `src/core/review/` turns it into a scheduler card and back.
 */
export interface ReviewCard {
  /** When the concept is next due for review. */
  readonly due: string;
  readonly stability: number;
  readonly difficulty: number;
  readonly scheduledDays: number;
  readonly learningSteps: number;
  readonly reps: number;
  readonly lapses: number;
  readonly state: 'new' | 'learning' | 'review' | 'relearning';
  /** When it was last reviewed (marking it known counts). */
  readonly lastReview: string;
  /** The grade of that review: `again` means the last review failed. */
  readonly lastGrade: ReviewGrade;
}

/** One concept's review entry: its card, or `null` once the schedule was dropped, and when that last changed. */
export interface ReviewEntry {
  readonly card: ReviewCard | null;
  readonly changedAt: string;
}

/** One placement quiz the learner took: the plan it placed them in, each answer, and the concepts they accepted as known. */
export interface PlacementRecord {
  readonly planUrl: string;
  /** ISO 8601 time the quiz ended; with `planUrl`, the record's identity. */
  readonly at: string;
  readonly answers: readonly { readonly id: string; readonly correct: boolean }[];
  readonly accepted: readonly string[];
  /** When this copy took the record in, if later than `at` (an import): a reset before then does not remove it. */
  readonly addedAt?: string;
}

/** The schema version this code writes. Older versions are migrated on read. */
export const PROGRESS_VERSION = 3;

/**
 * Everything the app remembers about a learner (schema v3). `states` is keyed by the id the
 * learner marked, which may be an alias or an id the content no longer has: such entries are kept,
 * because the concept may come back.
 *
 * Two tabs can change progress at the same moment, so each change carries its time and tabs merge
 * entry by entry, the later change winning. A removal is a change too: `changedAt` keeps the time
 * of a cleared state (a key with a time but no state), `removedPlans` the time a plan was
 * removed, and a review entry with no card the time its schedule was dropped, so that an older
 * copy of the entry in another tab cannot bring it back. Placement records only accumulate, so
 * tabs merge them as a set; a reset records `placementsClearedAt`, and records up to then stay gone.
 */
export interface Progress {
  readonly version: typeof PROGRESS_VERSION;
  readonly states: Readonly<Record<string, ProgressState>>;
  /** ISO 8601 time each key's state last changed, set or cleared. */
  readonly changedAt: Readonly<Record<string, string>>;
  readonly plans: readonly SavedPlan[];
  /** ISO 8601 time each removed plan (by URL) was removed. */
  readonly removedPlans: Readonly<Record<string, string>>;
  /** Spaced-review schedules by concept id (the current id when it was scheduled). */
  readonly reviews: Readonly<Record<string, ReviewEntry>>;
  readonly placements: readonly PlacementRecord[];
  /** ISO 8601 time placement records were last cleared; absent if never. */
  readonly placementsClearedAt?: string;
  /** ISO 8601 time of the last change. */
  readonly updatedAt: string;
}

/** A learner who has marked nothing yet. */
export function emptyProgress(now: string): Progress {
  return { version: PROGRESS_VERSION, states: {}, changedAt: {}, plans: [], removedPlans: {}, reviews: {}, placements: [], updatedAt: now };
}
