import { useEffect } from 'react';
import { useAppStore } from '../../store';

/** Mirrors the theme choice onto <html data-theme>, which the tokens stylesheet reads. */
export function useThemeEffect(): void {
  const theme = useAppStore((s) => s.theme);
  useEffect(() => {
    const root = document.documentElement;
    if (theme === 'system') delete root.dataset.theme;
    else root.dataset.theme = theme;
  }, [theme]);
}
