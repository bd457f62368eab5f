import type { LayoutEdge } from '../../core/layout';
import type { GraphNode, LearnerState } from '../../core/views';

/**
 * What a node shows about the learner: `known` (dimmed, a check), `learning` (half-filled),
 * `ready` (all prerequisites known: an arrow), `later` (prerequisites still to learn: a lock).
 * Each has an icon and a word, so colour is never the only cue.
 */
export type GraphNodeState = LearnerState;

/** One node as the graph components draw it: a core `GraphNode` with where clicking it goes. */
export interface GraphNodeData extends Omit<GraphNode, 'id'> {
  readonly id: string;
  /** Where clicking the node goes (`/concepts/<id>`). */
  readonly href: string;
}

/** Nodes and their prerequisite edges `[prerequisite, concept]` by node index. */
export interface GraphData {
  readonly nodes: readonly GraphNodeData[];
  readonly edges: readonly LayoutEdge[];
}

/** The words for each state, used in accessible names and the legend. */
export const STATE_LABELS: Readonly<Record<GraphNodeState, string>> = {
  known: 'known',
  learning: 'learning',
  ready: 'ready now',
  later: 'not yet',
};
