import { useEffect } from 'react';
import type { SearchIndex } from '../../core/search';
import { useAppStore } from '../../store';

/** The search index, built (and its code loaded) the first time a component needs it. */
export function useSearchIndex(): SearchIndex | null {
  const index = useAppStore((s) => s.searchIndex);
  const ensure = useAppStore((s) => s.ensureSearchIndex);
  useEffect(() => {
    if (!index) void ensure();
  }, [index, ensure]);
  return index;
}
