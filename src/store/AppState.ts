import type { StoreApi } from 'zustand/vanilla';
import type { Concept, ConceptData, ConceptNode, RenderedBody } from '../core/model';
import type { ContentIndex, ContentUpdate } from '../core/model';
import type { ConceptGraph } from '../core/graph';
import type { PlacementRecord, Progress, ProgressState, ReviewGrade } from '../core/progress';
import type { ReviewAnswer } from '../core/review';
import type { Route } from '../core/route';
import type { SearchIndex } from '../core/search';
import type { PlacementSlice } from './slices/placementSlice';

/** A rendered body as the app holds it while and after fetching it. */
export type BodyEntry =
  | { readonly status: 'loading'; readonly url: string }
  | { readonly status: 'ready'; readonly url: string; readonly body: RenderedBody }
  | { readonly status: 'error'; readonly url: string; readonly message: string };

/**
 * Why stored progress could not be used or saved; shown until dismissed. `unavailable`: the
 * browser does not let the site use storage at all (site data blocked); `unsaved`: the browser
 * refused a write (storage full), until a later write succeeds.
 */
export type StorageNotice =
  | { readonly kind: 'invalid'; readonly reason: string; readonly asideKey: string | null }
  | { readonly kind: 'unavailable' }
  | { readonly kind: 'unsaved' };

/** The colour scheme the learner chose; `system` follows the operating system. */
export type ThemeChoice = 'system' | 'light' | 'dark';

/** The last change to one concept's state, kept so it can be undone. */
export interface StateChange {
  readonly id: string;
  readonly previous: ProgressState | null;
  readonly next: ProgressState | null;
}

/** What an import did, for the settings page to report. */
export type ImportOutcome =
  | { readonly ok: true; readonly added: number; readonly upgraded: number; readonly plansAdded: number }
  | { readonly ok: false; readonly reason: string };

/** A finished review: the learner's answers to its questions (a concept without checks: one self-graded answer). */
export interface ReviewOutcome {
  readonly answers: readonly ReviewAnswer[];
}

/** What recording a review did: its grade and when the concept is next due. */
export interface ReviewRecorded {
  readonly grade: ReviewGrade;
  /** ISO 8601 time of the next review. */
  readonly due: string;
}

/** A placement quiz's record, as the quiz hands it over; its `accepted` concepts are marked known (and scheduled for review). */
export type PlacementInput = Omit<PlacementRecord, 'addedAt'>;

/** A concept's metadata as the app holds it while and after fetching its data file. */
export type ConceptEntry =
  | { readonly status: 'loading' }
  | { readonly status: 'ready'; readonly concept: Concept }
  | { readonly status: 'error'; readonly message: string };

/**
 * Content a store starts with, fetched before the first render: what a prerendered page was made
 * from, so the browser's first render (hydration) matches it.
 */
export interface Preload {
  /** Concept data files (a concept page's). */
  readonly conceptData?: readonly ConceptData[];
  /** Bodies by key (a roadmap's or course's). */
  readonly bodies?: Readonly<Record<string, BodyEntry>>;
  /** The whole graph, for pages that need it from the start (tests give every concept). */
  readonly graph?: readonly ConceptNode[];
  /** Concepts whose metadata is known from the start. */
  readonly details?: readonly Concept[];
}

/**
 * `partial`: the graph holds only the concepts of the data files fetched so far and their
 * neighbours (enough for a concept page, not for plans); `ready`: the whole graph file is in.
 */
export type GraphStatus = 'partial' | 'loading' | 'ready' | 'error';

export interface ContentSlice {
  readonly index: ContentIndex;
  readonly graph: ConceptGraph;
  readonly graphStatus: GraphStatus;
  /** Why the graph could not be loaded, when `graphStatus` is `error`. */
  readonly graphError?: string | null;
  /** Concepts' metadata by current id, fetched with their data files. */
  readonly details: Readonly<Record<string, ConceptEntry>>;
  /** Figures that need the whole graph, from concepts' data files: used while the graph is partial. */
  readonly stats: Readonly<Record<string, ConceptData['stats']>>;
  readonly bodies: Readonly<Record<string, BodyEntry>>;
  /** Fetches the graph file unless it is loaded or loading; settles when it is in (or failed). */
  ensureGraph(): Promise<void>;
  /** Fetches a concept's data file (its metadata and body) unless it is loaded or loading. */
  loadConcept(id: string): void;
  /**
   * Fetches the data files of the concepts not yet in, quietly: they arrive together, and one that
   * fails is left out (the page shows the concept without its metadata) rather than an error.
   */
  loadConcepts(ids: readonly string[]): Promise<void>;
  /** Fetches a body (`concepts/<id>`, `roadmaps/<id>`) unless it is loaded or loading. */
  loadBody(key: string): void;
  /** Swaps in a new index (dev edits) and drops bodies that changed, so pages refetch them. */
  applyContentUpdate(update: ContentUpdate): void;
}

export interface RouterSlice {
  readonly route: Route;
  /** Path and query of the current page, as an app path (without `base`). */
  readonly href: string;
  /**
   * The path the site is served under (`/course`; empty at the root). Store paths and actions
   * speak app paths (`/concepts/x`); `base` goes in front of them only for the browser.
   */
  readonly base: string;
  /** Counts client-side navigations, so the UI can move focus after each (not on first load). */
  readonly navigations: number;
  /**
   * Canonical URLs of the plans the learner opened last, newest first (at most five; kept in
   * localStorage apart from progress, see `recentPlans.ts`), for the home page's "Continue".
   */
  readonly recentPlans: readonly string[];
  /** Goes to an app path without a reload; `replace` rewrites the current history entry. */
  navigate(href: string, options?: { readonly replace?: boolean }): void;
  /** Follows the address bar (a browser path, `base` included) after back/forward. */
  syncLocation(pathname: string, search: string): void;
  /**
   * Rewrites the address bar without navigating (no new page, no focus move, `href` unchanged),
   * so that a reload, or Back from another page, comes back to what the current page holds.
   */
  keepAddress(href: string): void;
  /** Rewrites an alias in the current route to the concept's id, once the graph can tell. */
  followAliases(): void;
}

export interface ProgressSlice {
  readonly progress: Progress;
  readonly storageNotice: StorageNotice | null;
  readonly lastChange: StateChange | null;
  /** Keys under which unreadable stored values were kept aside. */
  readonly asideKeys: readonly string[];
  /**
   * The time what is due for review is computed at (ISO 8601): when the store started, at each
   * change of progress, and at `tick()`. Kept as state so review selectors stay pure.
   */
  readonly clock: string;
  /** Moves `clock` to now (a page that shows what is due calls it when it opens). */
  tick(): void;
  /** Sets a concept's state (`null`: not started); aliases resolve to the concept. */
  mark(id: string, state: ProgressState | null): void;
  /** Reverts `lastChange`. */
  undo(): void;
  /**
   * Records a review of a concept (FSRS, `src/core/review/`): schedules its next review, gives its
   * prerequisites implicit credit, and makes it `learning` again if it failed. `null`: no answers.
   */
  recordReview(conceptId: string, outcome: ReviewOutcome): ReviewRecorded | null;
  /** Keeps a placement quiz's record and marks the concepts it accepted as known. */
  recordPlacement(record: PlacementInput): void;
  /** Starts a review schedule for every known concept without one (known before reviews existed). */
  scheduleKnownConcepts(): void;
  savePlan(url: string, title: string): void;
  removePlan(url: string): void;
  importProgress(text: string): ImportOutcome;
  /** The export file's text. */
  exportProgress(): string;
  resetProgress(): void;
  /** Takes in a value another tab stored (`storage` event). */
  syncProgress(raw: string | null): void;
  dismissNotice(): void;
  /** False in a store made with `deferStorage` until `restoreStoredState()`; true otherwise. */
  readonly restored: boolean;
  /**
   * Reads what the browser stored (progress, theme, recent plans) into a store made with
   * `deferStorage`: after its first render, so that render matches the prerendered page.
   */
  restoreStoredState(): void;
  /** A value kept aside, as it was stored (`null` if it is gone). */
  readAside(key: string): string | null;
}

export interface UiSlice {
  readonly theme: ThemeChoice;
  readonly searchOpen: boolean;
  /** Loaded on first use; `null` until then. */
  readonly searchIndex: SearchIndex | null;
  /** The last load of the search index failed; the next `ensureSearchIndex` tries again. */
  readonly searchFailed: boolean;
  setTheme(theme: ThemeChoice): void;
  openSearch(): void;
  closeSearch(): void;
  /** Loads the search index (and its code) for the current content; rejects when the load fails. */
  ensureSearchIndex(): Promise<SearchIndex>;
}

/** The whole app state: one store, actions included. */
export type AppState = ContentSlice & RouterSlice & ProgressSlice & UiSlice & PlacementSlice;

/** The store the factory makes. */
export type AppStore = StoreApi<AppState>;

/** Everything outside the store that it talks to, injected so tests control it. */
export interface AppEnv {
  /** `null`: keep progress in memory only. */
  readonly storage: Storage | null;
  /** The browser has storage but refuses it (reading `localStorage` threw), so `storage` is `null` and the learner must be told. */
  readonly storageBlocked: boolean;
  readonly history: Pick<History, 'pushState' | 'replaceState'> | null;
  /** The path the site is served under, as `toBasePath` gives it (empty at the root). */
  readonly base: string;
  readonly fetchJson: (url: string) => Promise<unknown>;
  /** The current time as ISO 8601. */
  readonly now: () => string;
  /** Fetches the prebuilt search index at `url` (`ContentIndex['search']`) and loads it. */
  readonly loadSearch: (url: string) => Promise<SearchIndex>;
}

/** The store's setter and getter, as slices receive them. */
export type SetState = StoreApi<AppState>['setState'];
export type GetState = StoreApi<AppState>['getState'];
