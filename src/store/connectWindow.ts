import type { AppStore } from './AppState';
import { progressKeys } from './loadProgress';
import { THEME_KEY } from './slices/uiSlice';

/**
 * Connects a store to its window: back/forward update the route, and progress or theme stored by
 * another tab of the same site update this one. Returns the disconnect function.
 */
export function connectWindow(store: AppStore, win: Window): () => void {
  const progressKey = progressKeys(store.getState().base).progress;
  // Reading `localStorage` throws where the browser blocks site data; then no event is this site's.
  let area: Storage | null = null;
  try {
    area = win.localStorage;
  } catch {
    area = null;
  }
  const onPopState = () => store.getState().syncLocation(win.location.pathname, win.location.search);
  const onStorage = (event: StorageEvent) => {
    if (event.storageArea && event.storageArea !== area) return;
    if (event.key === progressKey) store.getState().syncProgress(event.newValue);
    else if (event.key === THEME_KEY) {
      const value = event.newValue;
      store.setState({ theme: value === 'light' || value === 'dark' ? value : 'system' });
    } else if (event.key === null) store.getState().syncProgress(null);
  };
  win.addEventListener('popstate', onPopState);
  win.addEventListener('storage', onStorage);
  return () => {
    win.removeEventListener('popstate', onPopState);
    win.removeEventListener('storage', onStorage);
  };
}
