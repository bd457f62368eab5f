import { useEffect, useState } from 'react';

/**
 * Whether a media query matches, followed as the window changes. Read on the first render, so a
 * layout chosen by width does not flash the other one first; `false` where there is no
 * `matchMedia` (tests without layout).
 */
export function useMediaQuery(query: string): boolean {
  const [matches, setMatches] = useState(() => window.matchMedia?.(query).matches ?? false);
  useEffect(() => {
    const media = window.matchMedia?.(query);
    if (!media) return;
    const update = () => setMatches(media.matches);
    update();
    media.addEventListener('change', update);
    return () => media.removeEventListener('change', update);
  }, [query]);
  return matches;
}
