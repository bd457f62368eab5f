import type { AppEnv, GetState, SetState, ThemeChoice, UiSlice } from '../AppState';

/** Where the colour scheme choice lives. */
export const THEME_KEY = 'roadmaps.theme';

/** The stored colour scheme choice (`system` when none or unreadable). */
export function readTheme(storage: Storage | null): ThemeChoice {
  try {
    const value = storage?.getItem(THEME_KEY);
    return value === 'light' || value === 'dark' ? value : 'system';
  } catch {
    return 'system';
  }
}

/** Interface state: theme, the search dialog, and the search index loaded on first use. */
export function uiSlice(set: SetState, get: GetState, env: AppEnv, deferStorage = false): UiSlice {
  // The load in flight, and the content it is for: a dev content update starts another.
  let loading: { index: unknown; promise: Promise<NonNullable<UiSlice['searchIndex']>> } | null = null;

  return {
    theme: deferStorage ? 'system' : readTheme(env.storage),
    searchOpen: false,
    searchIndex: null,
    searchFailed: false,

    setTheme(theme) {
      try {
        if (theme === 'system') env.storage?.removeItem(THEME_KEY);
        else env.storage?.setItem(THEME_KEY, theme);
      } catch {
        // The choice still applies for this visit.
      }
      set({ theme });
    },

    openSearch() {
      set({ searchOpen: true });
    },

    closeSearch() {
      set({ searchOpen: false });
    },

    ensureSearchIndex() {
      const existing = get().searchIndex;
      if (existing) return Promise.resolve(existing);
      const index = get().index;
      if (loading?.index === index) return loading.promise;
      const current = () => get().index === index;
      const attempt = {
        index,
        promise: env.loadSearch(index.search).then(
          (search) => {
            if (current()) set({ searchIndex: search, searchFailed: false });
            return search;
          },
          (error: unknown) => {
            // Forget the failure, so the next use tries again.
            if (loading === attempt) loading = null;
            if (current()) set({ searchFailed: true });
            throw error;
          },
        ),
      };
      loading = attempt;
      if (get().searchFailed) set({ searchFailed: false });
      return attempt.promise;
    },
  };
}
