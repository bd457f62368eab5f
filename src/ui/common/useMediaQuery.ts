import { useCallback, useSyncExternalStore } from 'react';

/**
 * Whether a media query matches, followed as the window changes. Read on the first render, so a
 * layout chosen by width does not flash the other one first; `false` where there is no
 * `matchMedia` (tests without layout) and on the server, and so while a prerendered page is
 * hydrated (React then renders again with the real answer).
 */
export function useMediaQuery(query: string): boolean {
  const subscribe = useCallback(
    (onChange: () => void) => {
      const media = typeof window === 'undefined' ? undefined : window.matchMedia?.(query);
      media?.addEventListener('change', onChange);
      return () => media?.removeEventListener('change', onChange);
    },
    [query],
  );
  const matches = useCallback(() => (typeof window === 'undefined' ? false : (window.matchMedia?.(query).matches ?? false)), [query]);
  return useSyncExternalStore(subscribe, matches, () => false);
}
