import { memo, useEffect } from 'react';
import type { Chain } from '../../core/views';
import type { Layout } from '../../core/layout';
import { edgePath } from './edgePath';
import type { GraphData } from './GraphData';
import { GraphNode } from './GraphNode';
import { markPainted } from './markPainted';

interface Props {
  readonly data: GraphData;
  readonly layout: Layout;
  readonly active: number;
  readonly chain: Chain | null;
}

/**
 * The drawing at layout scale: edges in one SVG underneath, nodes as positioned links above.
 * It never re-renders for a pan or zoom: those only transform the layer that holds it.
 */
export const GraphDrawing = memo(function GraphDrawing({ data, layout, active, chain }: Props) {
  useEffect(markPainted, []);
  return (
    <div className="graph-drawing" style={{ width: layout.width, height: layout.height }}>
      <svg className="graph-edges" width={layout.width} height={layout.height} aria-hidden="true" focusable="false">
        {layout.edges.map((edge, k) => (
          <path
            key={`${edge.from}-${edge.to}`}
            d={edgePath(edge.points, layout.direction)}
            data-from={data.nodes[edge.from]!.id}
            data-to={data.nodes[edge.to]!.id}
            className={chain === null ? undefined : chain.edges.has(k) ? 'is-chain' : 'is-faded'}
          />
        ))}
      </svg>
      {data.nodes.map((node, i) => (
        <GraphNode
          key={node.id}
          node={node}
          box={layout.nodes[i]!}
          index={i}
          tabbable={i === active}
          onChain={chain === null ? undefined : chain.nodes.has(i)}
        />
      ))}
    </div>
  );
});
