import { createStore } from 'zustand/vanilla';
import type { ContentIndex } from '../core/model';
import type { AppEnv, AppState, AppStore, Preload } from './AppState';
import { contentSlice } from './slices/contentSlice';
import { placementSlice } from './slices/placementSlice';
import { progressSlice } from './slices/progressSlice';
import { routerSlice } from './slices/routerSlice';
import { uiSlice } from './slices/uiSlice';

/** What a store starts from. Everything but the index has a browser default. */
export interface AppStoreInit extends Partial<AppEnv> {
  readonly index: ContentIndex;
  /** Content fetched before the first render (a page's data); tests give the whole graph. */
  readonly preload?: Preload;
  /**
   * Start as a prerendered page was made, with nothing stored, until `restoreStoredState()`: the
   * browser hydrates a prerendered page from the store's first state, then restores.
   */
  readonly deferStorage?: boolean;
  /** Path and query of the first page as the browser has it, `base` included (default: the current location, else `/`). */
  readonly url?: string;
}

async function fetchJson(url: string): Promise<unknown> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${response.status} ${url}`);
  return response.json();
}

/**
 * localStorage, or `null` where there is none or reading it throws: a browser that blocks site
 * data throws `SecurityError` on the property itself (as does one that blocks third-party storage,
 * in an iframe on another site: an embed). `blocked` tells the two apart.
 */
function browserStorage(): { readonly storage: Storage | null; readonly blocked: boolean } {
  try {
    return { storage: typeof localStorage === 'undefined' ? null : localStorage, blocked: false };
  } catch {
    return { storage: null, blocked: true };
  }
}

function currentUrl(): string {
  return typeof location === 'undefined' ? '/' : location.pathname + location.search + location.hash;
}

/**
 * Makes the app's one store. Every test makes its own, so no state leaks between tests; the
 * browser passes nothing but the index and gets localStorage, history and fetch.
 */
export function createAppStore(init: AppStoreInit): AppStore {
  const browser = init.storage !== undefined ? { storage: init.storage, blocked: init.storageBlocked ?? false } : browserStorage();
  const env: AppEnv = {
    storage: browser.storage,
    storageBlocked: browser.blocked,
    history: init.history !== undefined ? init.history : typeof history === 'undefined' ? null : history,
    base: init.base ?? '',
    fetchJson: init.fetchJson ?? fetchJson,
    now: init.now ?? (() => new Date().toISOString()),
    // The engine's code comes with the index, not in the first load.
    loadSearch:
      init.loadSearch ??
      ((url) => Promise.all([fetchJson(url), import('../core/search')]).then(([data, search]) => search.loadSearchIndex(data))),
  };
  return createStore<AppState>()((set, get) => {
    const content = contentSlice(set, get, env, init.index, init.preload);
    const defer = init.deferStorage ?? false;
    return {
      ...content,
      ...routerSlice(set, get, env, init.url ?? currentUrl(), content.graph, defer),
      ...progressSlice(set, get, env, defer),
      ...uiSlice(set, get, env, defer),
      ...placementSlice(set, get, env),
    };
  });
}
