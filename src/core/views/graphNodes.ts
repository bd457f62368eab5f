import type { ConceptGraph } from '../graph';
import type { ConceptId } from '../model';
import type { PlanStep } from '../planner';
import type { ProgressState } from '../progress';
import { learnerStates, type LearnerState } from './learnerStates';

/** One node of a graph view, before the UI gives it a link. */
export interface GraphNode {
  readonly id: ConceptId;
  readonly title: string;
  readonly state: LearnerState;
  /** Position in the plan (1-based), for a plan's steps. */
  readonly step?: number;
  /** A plan's target, or the centre of a local graph: drawn with a heavier border. */
  readonly emphasis?: boolean;
}

/** What a view adds to the learner's states: a plan's steps and assumed concepts, or a centre node. */
export interface GraphNodeOptions {
  readonly steps?: readonly PlanStep[];
  readonly assumed?: ReadonlySet<string>;
  /** Index into `indices` of the node to emphasise (a local graph's centre). */
  readonly centre?: number;
}

/**
 * The nodes of any graph view (whole graph, a concept's neighbourhood, a plan) for the concepts at
 * graph `indices`, in that order: title, state by `learnerStates`, and for a plan's steps their
 * number and whether each is a target.
 */
export function graphNodes(
  graph: ConceptGraph,
  indices: readonly number[],
  states: ReadonlyMap<string, ProgressState>,
  options: GraphNodeOptions = {},
): GraphNode[] {
  const shown = learnerStates(graph, indices, states, options.assumed);
  const stepOf = new Map(options.steps?.map((step, k) => [step.id as string, { number: k + 1, isTarget: step.isTarget }]));
  return indices.map((i, k) => {
    const id = graph.ids[i]!;
    const node: { -readonly [K in keyof GraphNode]: GraphNode[K] } = { id, title: graph.concepts[i]!.title, state: shown[k]! };
    const step = stepOf.get(id);
    if (step) {
      node.step = step.number;
      node.emphasis = step.isTarget;
    }
    if (options.centre === k) node.emphasis = true;
    return node;
  });
}
