import { STATE_LABELS, type GraphNodeState } from './GraphData';
import { GraphGlyph } from './GraphGlyph';

/** The states shown in a graph, each with its icon and word. */
export function GraphLegend({ states }: { readonly states: readonly GraphNodeState[] }) {
  return (
    <ul className="graph-legend" aria-label="Legend">
      {states.map((state) => (
        <li key={state} className={`graph-legend-item state-${state}`}>
          <GraphGlyph state={state} />
          {STATE_LABELS[state]}
        </li>
      ))}
    </ul>
  );
}
