import { createStore } from 'zustand/vanilla';
import type { ContentIndex } from '../core/model';
import type { AppEnv, AppState, AppStore } from './AppState';
import { contentSlice } from './slices/contentSlice';
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
 * localStorage, or `null` where there is none or reading it throws: a browser that blocks
 * third-party storage throws on the property itself in an iframe on another site (an embed).
 */
function browserStorage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
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
  const env: AppEnv = {
    storage: init.storage !== undefined ? init.storage : browserStorage(),
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
    };
  });
}
