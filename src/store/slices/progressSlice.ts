import { clearProgress, mergeProgress, reconcileProgress } from '../../core/progress';
import type { Progress } from '../../core/progress';
import { emptyProgress } from '../../core/progress';
import { exportProgress, parseImport } from '../../core/progress';
import { readProgress } from '../../core/progress';
import { removePlan, savePlan } from '../../core/progress';
import { addPlacement, setProgressState, setReview } from '../../core/progress';
import type { ProgressState } from '../../core/progress';
import { applyReview, scheduleKnown } from '../../core/review';
import { prerequisitesOf } from '../../core/graph';
import type { AppEnv, GetState, ProgressSlice, SetState, StorageNotice } from '../AppState';
import { listAside, loadProgress, progressKeys } from '../loadProgress';
import { namesOf } from '../namesOf';
import { saveProgress } from '../saveProgress';
import { readRecentPlans, rememberPlanVisit } from '../recentPlans';
import { readTheme } from './uiSlice';

/** Progress: the learner's states and plans, persisted on every change and synced between tabs. */
export function progressSlice(set: SetState, get: GetState, env: AppEnv, deferStorage = false): ProgressSlice {
  const storageKeys = progressKeys(env.base);
  // Deferred: the store starts as a prerendered page was made (nothing stored) until `restoreStoredState`.
  const loaded = loadProgress(deferStorage ? null : env.storage, env.now(), storageKeys);
  let persist = !deferStorage && loaded.persist;
  // Storage the browser refuses is never silent: the learner is told at once what to do.
  const noticeOf = (notice: StorageNotice | null): StorageNotice | null => (env.storageBlocked ? { kind: 'unavailable' } : notice);
  const firstNotice = deferStorage ? null : noticeOf(loaded.notice);

  /**
   * Stores `progress` merged with whatever another tab stored meanwhile, and shows the merge.
   * Every way the save can fail shows a notice; a later save that works takes an `unsaved` one
   * down, since it stores everything.
   */
  function commit(progress: Progress, changes: Partial<ProgressSlice> = {}, overwrite = false): void {
    const extra: Partial<ProgressSlice> = { clock: env.now(), ...changes };
    if (!persist || !env.storage) {
      set({ progress, ...extra });
      return;
    }
    const saved = saveProgress(env.storage, progress, storageKeys, env.now(), overwrite);
    if (saved.kind === 'failed') {
      if (saved.invalid !== undefined) persist = false;
      const storageNotice: StorageNotice =
        saved.invalid === undefined ? { kind: 'unsaved' } : { kind: 'invalid', reason: saved.invalid, asideKey: null };
      set({ progress, ...extra, storageNotice });
      return;
    }
    const { aside } = saved;
    if (aside && !get().asideKeys.includes(aside.key)) {
      const storageNotice: StorageNotice = { kind: 'invalid', reason: aside.reason, asideKey: aside.key };
      set({ progress: saved.progress, ...extra, storageNotice, asideKeys: listAside(env.storage, storageKeys) });
    } else if (get().storageNotice?.kind === 'unsaved') set({ progress: saved.progress, ...extra, storageNotice: null });
    else set({ progress: saved.progress, ...extra });
  }

  /** A concept marked known goes on the review schedule; one unmarked comes off it (its schedule dropped). */
  function withSchedule(progress: Progress, id: string, state: ProgressState | null, now: string): Progress {
    return state === 'known' ? scheduleKnown(progress, id, now) : setReview(progress, id, null, now);
  }

  function stateOf(keys: readonly string[]) {
    const { states } = get().progress;
    for (const key of keys) if (Object.hasOwn(states, key)) return states[key] ?? null;
    return null;
  }

  return {
    progress: loaded.progress,
    storageNotice: firstNotice,
    lastChange: null,
    asideKeys: loaded.asideKeys,
    clock: env.now(),
    restored: !deferStorage,

    tick() {
      set({ clock: env.now() });
    },

    mark(id, state) {
      const keys = namesOf(get().graph, id);
      const canonical = keys[0] ?? id;
      const previous = stateOf(keys);
      const stored = Object.hasOwn(get().progress.states, canonical) ? get().progress.states[canonical] : undefined;
      if (previous === state && (state === null || stored === state)) return;
      const now = env.now();
      const progress = withSchedule(setProgressState(get().progress, keys, state, now), canonical, state, now);
      commit(progress, { lastChange: { id: canonical, previous, next: state } });
    },

    undo() {
      const change = get().lastChange;
      if (!change) return;
      const keys = namesOf(get().graph, change.id);
      const now = env.now();
      const progress = withSchedule(setProgressState(get().progress, keys, change.previous, now), change.id, change.previous, now);
      commit(progress, { lastChange: null });
    },

    recordReview(conceptId, outcome) {
      const { graph } = get();
      const i = graph.index.get(conceptId);
      const prerequisites = i === undefined ? [] : [...prerequisitesOf(graph, i)].map((p) => graph.ids[p] ?? '');
      const result = applyReview(get().progress, namesOf(graph, conceptId), prerequisites, outcome.answers, env.now());
      if (!result) return null;
      commit(result.progress, result.grade === 'again' ? { lastChange: null } : {});
      return { grade: result.grade, due: result.card.due };
    },

    recordPlacement(record) {
      const now = env.now();
      let progress = addPlacement(get().progress, {
        planUrl: record.planUrl,
        at: record.at,
        answers: record.answers.map(({ id, correct }) => ({ id, correct })),
        accepted: [...record.accepted],
      });
      let marked = false;
      for (const id of record.accepted) {
        const keys = namesOf(get().graph, id);
        if (stateOf(keys) === 'known') continue;
        progress = withSchedule(setProgressState(progress, keys, 'known', now), keys[0] ?? id, 'known', now);
        marked = true;
      }
      if (progress !== get().progress) commit(progress, marked ? { lastChange: null } : {});
    },

    scheduleKnownConcepts() {
      const { graph } = get();
      const now = env.now();
      let progress = get().progress;
      for (const [id, state] of Object.entries(progress.states)) {
        if (state === 'known' && graph.index.has(id)) progress = scheduleKnown(progress, id, now);
      }
      if (progress !== get().progress) commit(progress);
    },

    savePlan(url, title) {
      commit(savePlan(get().progress, { url, title, savedAt: env.now() }));
    },

    removePlan(url) {
      commit(removePlan(get().progress, url, env.now()));
    },

    importProgress(text) {
      const read = parseImport(text, env.now());
      if (read.kind !== 'ok') return { ok: false, reason: read.kind === 'invalid' ? read.reason : 'the file is empty' };
      const merged = mergeProgress(get().progress, read.progress, env.now());
      if (merged.progress !== get().progress) commit(merged.progress);
      return { ok: true, added: merged.added, upgraded: merged.upgraded, plansAdded: merged.plansAdded };
    },

    exportProgress() {
      return `${JSON.stringify(exportProgress(get().progress, env.now()), null, 2)}\n`;
    },

    resetProgress() {
      // Resetting is the learner's explicit choice, so from here on writing is safe again, even
      // over a stored value that could not be kept aside.
      persist = env.storage !== null;
      commit(clearProgress(get().progress, env.now()), { lastChange: null }, true);
    },

    syncProgress(raw) {
      const read = readProgress(raw, env.now());
      // Storage cleared (by the learner, in the browser): nothing to merge with.
      if (read.kind === 'empty') set({ progress: emptyProgress(env.now()), lastChange: null });
      // A value this tab cannot read is left to the tab that wrote it.
      if (read.kind !== 'ok') return;
      // Merged, not adopted: a change this tab made a moment ago, which the other tab had not seen
      // when it wrote, is kept, and written back so that the other tab gets it too.
      const merged = reconcileProgress(get().progress, read.progress);
      const extra = merged.mineChanged ? { lastChange: null } : {};
      if (merged.theirsStale) commit(merged.progress, extra);
      else if (merged.mineChanged) set({ progress: merged.progress, ...extra });
    },

    restoreStoredState() {
      if (get().restored) return;
      const stored = loadProgress(env.storage, env.now(), storageKeys);
      persist = stored.persist;
      const { route } = get();
      set({
        progress: stored.progress,
        storageNotice: noticeOf(stored.notice),
        asideKeys: stored.asideKeys,
        clock: env.now(),
        restored: true,
        theme: readTheme(env.storage),
        recentPlans: rememberPlanVisit(route, get().graph, env.storage, env.base, readRecentPlans(env.storage, env.base)),
      });
    },

    dismissNotice() {
      const notice = get().storageNotice;
      // Acknowledged: the bad value is safe aside, so store the current progress in its place and
      // stop repeating the notice on every visit.
      if (notice?.kind === 'invalid' && notice.asideKey) commit(get().progress);
      set({ storageNotice: null });
    },

    readAside(key) {
      if (!get().asideKeys.includes(key)) return null;
      try {
        return env.storage?.getItem(key) ?? null;
      } catch {
        return null;
      }
    },
  };
}
