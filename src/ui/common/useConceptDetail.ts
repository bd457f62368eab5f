import { useEffect } from 'react';
import type { Concept } from '../../core/model';
import { useAppStore } from '../../store';

/**
 * A concept's metadata (summary, goals, resources, checks), fetched with its data file when it is
 * not in yet; `undefined` until then. `undefined` as the id asks for nothing; so does an id the
 * whole graph does not have. A fetch that failed is not repeated on its own (pages offer a retry).
 */
export function useConceptDetail(id: string | undefined): Concept | undefined {
  const entry = useAppStore((s) => {
    if (id === undefined) return undefined;
    const i = s.graph.index.get(id);
    return s.details[i === undefined ? id : s.graph.ids[i]!];
  });
  const unknown = useAppStore((s) => id !== undefined && s.graphStatus === 'ready' && !s.graph.index.has(id));
  const loadConcept = useAppStore((s) => s.loadConcept);
  const missing = entry === undefined;
  useEffect(() => {
    if (id !== undefined && missing && !unknown) loadConcept(id);
  }, [id, missing, unknown, loadConcept]);
  return entry?.status === 'ready' ? entry.concept : undefined;
}
