import type { AppEnv, GetState, SetState, ThemeChoice, UiSlice } from '../AppState';

/** Where the colour scheme choice lives. */
export const THEME_KEY = 'roadmaps.theme';

function readTheme(storage: Storage | null): ThemeChoice {
  try {
    const value = storage?.getItem(THEME_KEY);
    return value === 'light' || value === 'dark' ? value : 'system';
  } catch {
    return 'system';
  }
}

/** Interface state: theme, the search dialog, and the search index built on first use. */
export function uiSlice(set: SetState, get: GetState, env: AppEnv): UiSlice {
  let building: { index: unknown; promise: Promise<NonNullable<UiSlice['searchIndex']>> } | null = null;

  return {
    theme: readTheme(env.storage),
    searchOpen: false,
    searchIndex: null,

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
      if (building?.index === index) return building.promise;
      const promise = env.loadSearch().then((create) => {
        const search = create(index.concepts);
        if (get().index === index) set({ searchIndex: search });
        return search;
      });
      building = { index, promise };
      return promise;
    },
  };
}
