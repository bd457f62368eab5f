import { useEffect } from 'react';
import { useAppStore } from '../../store';

/**
 * Asks for the metadata of `ids` (the summaries and resources a printed list shows) when the page
 * is about to print: on `beforeprint` and when print media starts to apply (emulated print, PDF
 * export). Not before: a list of a hundred steps would otherwise fetch a hundred files on every
 * visit. A Print button fetches them first itself (`loadConcepts`, then `print()`), since a print
 * the browser starts on its own does not wait for them.
 */
export function usePrintDetails(ids: readonly string[]): void {
  const loadConcepts = useAppStore((s) => s.loadConcepts);
  useEffect(() => {
    if (ids.length === 0) return;
    const load = () => void loadConcepts(ids);
    const media = typeof window.matchMedia === 'function' ? window.matchMedia('print') : null;
    const onMedia = () => {
      if (media?.matches) load();
    };
    if (media?.matches) load();
    window.addEventListener('beforeprint', load);
    media?.addEventListener('change', onMedia);
    return () => {
      window.removeEventListener('beforeprint', load);
      media?.removeEventListener('change', onMedia);
    };
  }, [ids, loadConcepts]);
}
