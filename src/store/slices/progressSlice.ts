import { mergeProgress } from '../../core/progress';
import type { Progress } from '../../core/progress';
import { emptyProgress } from '../../core/progress';
import { exportProgress, parseImport } from '../../core/progress';
import { readProgress } from '../../core/progress';
import { removePlan, savePlan } from '../../core/progress';
import { setProgressState } from '../../core/progress';
import type { AppEnv, GetState, ProgressSlice, SetState } from '../AppState';
import { loadProgress, progressKeys, writeProgress } from '../loadProgress';
import { namesOf } from '../namesOf';

/** Progress: the learner's states and plans, persisted on every change and synced between tabs. */
export function progressSlice(set: SetState, get: GetState, env: AppEnv): ProgressSlice {
  const storageKeys = progressKeys(env.base);
  const loaded = loadProgress(env.storage, env.now(), storageKeys);
  let persist = loaded.persist;

  function commit(progress: Progress, extra: Partial<ProgressSlice> = {}): void {
    if (persist && env.storage && !writeProgress(env.storage, progress, storageKeys)) {
      set({ storageNotice: { kind: 'unavailable' } });
    }
    set({ progress, ...extra });
  }

  function stateOf(keys: readonly string[]) {
    const { states } = get().progress;
    for (const key of keys) if (Object.hasOwn(states, key)) return states[key] ?? null;
    return null;
  }

  return {
    progress: loaded.progress,
    storageNotice: loaded.notice,
    lastChange: null,
    asideKeys: loaded.asideKeys,

    mark(id, state) {
      const keys = namesOf(get().graph, id);
      const canonical = keys[0] ?? id;
      const previous = stateOf(keys);
      const stored = Object.hasOwn(get().progress.states, canonical) ? get().progress.states[canonical] : undefined;
      if (previous === state && (state === null || stored === state)) return;
      const progress = setProgressState(get().progress, keys, state, env.now());
      commit(progress, { lastChange: { id: canonical, previous, next: state } });
    },

    undo() {
      const change = get().lastChange;
      if (!change) return;
      const keys = namesOf(get().graph, change.id);
      commit(setProgressState(get().progress, keys, change.previous, env.now()), { lastChange: null });
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
      // Resetting is the learner's explicit choice, so from here on writing is safe again.
      persist = env.storage !== null;
      commit(emptyProgress(env.now()), { lastChange: null });
    },

    syncProgress(raw) {
      const read = readProgress(raw, env.now());
      // Another tab wrote it, so it is not written back; a value it cannot read is left to that tab.
      if (read.kind === 'ok') set({ progress: read.progress, lastChange: null });
      else if (read.kind === 'empty') set({ progress: emptyProgress(env.now()), lastChange: null });
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
