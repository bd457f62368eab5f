import { memo } from 'react';
import type { LaidOutNode } from '../../core/layout';
import { STATE_LABELS, type GraphNodeData } from './GraphData';
import { GraphGlyph } from './GraphGlyph';

/** What the learner's screen reader says for a node. */
export function nodeLabel(node: GraphNodeData): string {
  const step = node.step === undefined ? '' : `Step ${node.step}: `;
  return `${step}${node.title}, ${STATE_LABELS[node.state]}${node.emphasis ? ', goal' : ''}`;
}

interface Props {
  readonly node: GraphNodeData;
  readonly box: LaidOutNode;
  readonly index: number;
  readonly tabbable: boolean;
  /** `true` on the highlighted chain, `false` off it, `undefined` when nothing is highlighted. */
  readonly onChain: boolean | undefined;
}

/**
 * One concept as a link placed at its box: border and icon say its state (dashed for known,
 * heavy for ready now, a halo for the goal), then its step number and title. HTML rather than SVG
 * text, whose layout Chromium redoes at every change of scale. Memoised: hovering one node
 * re-renders only the nodes whose highlight changes.
 */
export const GraphNode = memo(function GraphNode({ node, box, index, tabbable, onChain }: Props) {
  const classes = ['graph-node', `state-${node.state}`];
  if (node.emphasis) classes.push('is-emphasis');
  if (onChain !== undefined) classes.push(onChain ? 'is-chain' : 'is-faded');
  return (
    <a
      href={node.href}
      className={classes.join(' ')}
      style={{ left: box.x - box.width / 2, top: box.y - box.height / 2, width: box.width, height: box.height }}
      data-index={index}
      data-id={node.id}
      tabIndex={tabbable ? 0 : -1}
      aria-label={nodeLabel(node)}
    >
      <GraphGlyph state={node.state} />
      {node.step !== undefined && <span className="graph-node-step">{node.step}.</span>}
      <span className="graph-node-title">{node.title}</span>
    </a>
  );
});
