import type { ReactNode } from 'react';
import { useAppStore } from '../../store';

/**
 * Shows its page only once the whole prerequisite graph is in (plans, courses, review and the
 * explorer compute from it); until then a status, and if the graph cannot be fetched, why and a
 * way to try again. Pages that open without it (a concept, a roadmap, home) do not use this.
 */
export function GraphGate({ children }: { readonly children: ReactNode }) {
  const status = useAppStore((s) => s.graphStatus);
  const error = useAppStore((s) => s.graphError);
  const ensureGraph = useAppStore((s) => s.ensureGraph);
  if (status === 'ready') return <>{children}</>;
  if (status === 'error') {
    return (
      <div className="page">
        <div className="body-status body-error" role="alert">
          <p>{error ?? 'The concept graph could not be loaded.'}</p>
          <button type="button" className="button" onClick={() => void ensureGraph()}>
            Try again
          </button>
        </div>
      </div>
    );
  }
  return (
    <div className="page">
      <p className="body-status" role="status">
        Loading…
      </p>
    </div>
  );
}
