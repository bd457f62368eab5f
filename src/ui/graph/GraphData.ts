import type { LayoutEdge } from '../../core/layout';

/**
 * What a node shows about the learner: `known` (dimmed, a check), `learning` (half-filled),
 * `ready` (all prerequisites known: an arrow), `later` (prerequisites still to learn: a lock).
 * Each has an icon and a word, so colour is never the only cue.
 */
export type GraphNodeState = 'known' | 'learning' | 'ready' | 'later';

/** One node as the graph components draw it. */
export interface GraphNodeData {
  readonly id: string;
  readonly title: string;
  readonly state: GraphNodeState;
  /** Where clicking the node goes (`/concepts/<id>`). */
  readonly href: string;
  /** Position in the plan, shown before the title. */
  readonly step?: number;
  /** A plan's target, or the centre of a local graph: drawn with a heavier border. */
  readonly emphasis?: boolean;
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
