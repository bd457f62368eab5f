import { useEffect } from 'react';
import type { SearchIndex } from '../../core/search';
import { useAppStore } from '../../store';

/**
 * The search index, fetched (with its code) the first time a component needs it; again when a
 * component that needs it mounts after a failed load (the store's `searchFailed` says so), or
 * when the content changes during a load.
 */
export function useSearchIndex(): SearchIndex | null {
  const index = useAppStore((s) => s.searchIndex);
  const content = useAppStore((s) => s.index);
  const ensure = useAppStore((s) => s.ensureSearchIndex);
  useEffect(() => {
    // A failure is in the store's state, for the component to say.
    if (!index) ensure().catch(() => {});
  }, [index, content, ensure]);
  return index;
}
