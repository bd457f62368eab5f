import { useLoadedModule } from '../graph/useLoadedModule';

// The graph code (layout, d3-zoom) loads only when a concept page is shown.
const loadLocalGraph = () => import('../graph/LocalGraph');

/**
 * Where the concept page's local graph (prerequisites and dependents within two steps) goes; the
 * lists above stay the accessible way in either way.
 */
export function ConceptGraphSlot({ id }: { readonly id: string }) {
  const graph = useLoadedModule(loadLocalGraph);
  return graph && <graph.LocalGraph id={id} />;
}
