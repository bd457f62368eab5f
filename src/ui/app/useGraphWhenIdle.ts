import { useEffect } from 'react';
import { useAppStore } from '../../store';

/**
 * Fetches the prerequisite graph once the page has shown (learner states, plan sizes and the
 * local graph need it), when the browser is idle, so it never delays the first paint or hydration;
 * at once for a learner with progress or recent plans, whose page shows them from the graph.
 */
export function useGraphWhenIdle(): void {
  const status = useAppStore((s) => s.graphStatus);
  const ensureGraph = useAppStore((s) => s.ensureGraph);
  const learner = useAppStore((s) => s.recentPlans.length > 0 || Object.keys(s.progress.states).length > 0);
  useEffect(() => {
    if (status !== 'partial') return;
    const run = () => void ensureGraph();
    if (learner) return run();
    if (typeof requestIdleCallback === 'function') {
      const handle = requestIdleCallback(run, { timeout: 1500 });
      return () => cancelIdleCallback(handle);
    }
    const timer = setTimeout(run, 50);
    return () => clearTimeout(timer);
  }, [status, ensureGraph, learner]);
}
