import { useEffect } from 'react';
import { useAppStore, useAppStoreApi } from '../../store';

/**
 * Mirrors the theme choice onto <html data-theme>, which the tokens stylesheet reads. It reads the
 * store's current choice rather than the rendered one: a hydrated page renders first with none
 * (as it was prerendered), and `index.html` has already applied the stored one before paint.
 */
export function useThemeEffect(): void {
  const rendered = useAppStore((s) => s.theme);
  const store = useAppStoreApi();
  useEffect(() => {
    const theme = store.getState().theme;
    const root = document.documentElement;
    if (theme === 'system') delete root.dataset.theme;
    else root.dataset.theme = theme;
  }, [rendered, store]);
}
