import { useAppStore } from '../../store';
import { selectHasNeighbours } from '../../store';
import { GraphSlotPlaceholder } from '../common/GraphSlotPlaceholder';
import { useLoadedModule } from '../graph/useLoadedModule';

// The graph code (layout, d3-zoom) loads only when a concept page is shown.
const loadLocalGraph = () => import('../graph/LocalGraph');

/**
 * Where the concept page's local graph (prerequisites and dependents within two steps) goes; the
 * lists above stay the accessible way in either way. A placeholder holds its place while its code
 * loads.
 */
export function ConceptGraphSlot({ id }: { readonly id: string }) {
  const graph = useLoadedModule(loadLocalGraph);
  // A concept with no prerequisite and nothing that needs it has no graph to wait for.
  const linked = useAppStore((s) => selectHasNeighbours(s, id));
  if (!linked) return null;
  return graph ? <graph.LocalGraph id={id} /> : <GraphSlotPlaceholder section="local" />;
}
