import { createStore } from 'zustand/vanilla';
import type { ContentIndex } from '../core/model';
import type { AppEnv, AppState, AppStore } from './AppState';
import { contentSlice } from './slices/contentSlice';
import { placementSlice } from './slices/placementSlice';
import { progressSlice } from './slices/progressSlice';
import { routerSlice } from './slices/routerSlice';
import { uiSlice } from './slices/uiSlice';

/** What a store starts from. Everything but the index has a browser default. */
export interface AppStoreInit extends Partial<AppEnv> {
  readonly index: ContentIndex;
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
    loadSearch: init.loadSearch ?? (() => import('../core/search').then((m) => m.createSearchIndex)),
  };
  return createStore<AppState>()((set, get) => {
    const content = contentSlice(set, get, env, init.index);
    return {
      ...content,
      ...routerSlice(set, get, env, init.url ?? currentUrl(), content.graph),
      ...progressSlice(set, get, env),
      ...uiSlice(set, get, env),
      ...placementSlice(set, get, env),
    };
  });
}
