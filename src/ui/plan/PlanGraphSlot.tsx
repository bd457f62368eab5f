import type { ConceptId } from '../../core/model';
import type { Plan } from '../../core/planner';
import { GraphSlotPlaceholder } from '../common/GraphSlotPlaceholder';
import { useLoadedModule } from '../graph/useLoadedModule';

// The graph code (layout, d3-zoom) loads only when a plan is shown.
const loadPlanGraph = () => import('../graph/PlanGraph');

/**
 * Where the plan's graph view goes, next to the list of steps; the list stays the accessible twin
 * of the graph either way. A placeholder holds its place while its code loads.
 */
export function PlanGraphSlot({ plan, assumed }: { readonly plan: Plan; readonly assumed: readonly ConceptId[] }) {
  const graph = useLoadedModule(loadPlanGraph);
  if (plan.steps.length === 0) return null;
  return graph ? <graph.PlanGraph plan={plan} assumed={assumed} /> : <GraphSlotPlaceholder section="plan" />;
}
