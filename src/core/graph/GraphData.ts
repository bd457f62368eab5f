/**
 * The prerequisite graph as the app downloads it (`content/graph.<hash>.json`): one short-keyed
 * entry per concept, prerequisites as indices into `nodes`, so a 10,000-concept site's graph is a
 * few hundred kilobytes rather than its full metadata. Optional keys are left out when empty.
 */
export interface GraphData {
  readonly version: 1;
  readonly nodes: readonly GraphDataNode[];
}

/** One concept of `GraphData`. */
export interface GraphDataNode {
  /** Id. */
  readonly i: string;
  /** Title. */
  readonly t: string;
  /** Estimate in minutes. */
  readonly e: number;
  /** Prerequisites, as indices into `nodes`, in the author's order. */
  readonly p?: readonly number[];
  /** Reasons of prerequisites, by position in `p`. */
  readonly r?: Readonly<Record<string, string>>;
  /** Reasons as HTML (when they have math), by position in `p`. */
  readonly h?: Readonly<Record<string, string>>;
  /** Aliases. */
  readonly a?: readonly string[];
  /** The placement quiz's check index (`ConceptNode.quizCheck`). */
  readonly q?: number;
}
