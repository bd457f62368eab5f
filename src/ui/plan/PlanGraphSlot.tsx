import type { Plan } from '../../core/planner/Plan';
import { useLoadedModule } from '../graph/useLoadedModule';

// The graph code (layout, d3-zoom) loads only when a plan is shown.
const loadPlanGraph = () => import('../graph/PlanGraph');

/**
 * Where the plan's graph view goes, next to the list of steps; the list stays the accessible twin
 * of the graph either way. Until its code arrives, a placeholder as tall as the graph holds the
 * place, so the steps and buttons below do not jump (and a click meant for them does not land
 * elsewhere) when it appears.
 */
export function PlanGraphSlot({ plan }: { readonly plan: Plan }) {
  const graph = useLoadedModule(loadPlanGraph);
  if (plan.steps.length === 0) return null;
  if (!graph) {
    return (
      <p className="plan-graph-loading" role="status">
        Loading the graph…
      </p>
    );
  }
  return <graph.PlanGraph plan={plan} />;
}
