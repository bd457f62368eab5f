import { useEffect } from 'react';
import { useAppStore } from '../../store';

/**
 * Asks for the metadata of `ids` (summaries and resources that a list prints) once the browser is
 * idle, so it never competes with what the page shows first. Read them from `details`.
 */
export function useConceptDetails(ids: readonly string[]): void {
  const loadConcepts = useAppStore((s) => s.loadConcepts);
  useEffect(() => {
    if (ids.length === 0) return;
    const run = () => void loadConcepts(ids);
    if (typeof requestIdleCallback === 'function') {
      const handle = requestIdleCallback(run, { timeout: 2000 });
      return () => cancelIdleCallback(handle);
    }
    const timer = setTimeout(run, 200);
    return () => clearTimeout(timer);
  }, [ids, loadConcepts]);
}
