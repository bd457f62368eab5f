import { useMemo, useState } from 'react';
import { graphNodes, planGraph } from '../../core/views';
import type { ConceptId } from '../../core/model';
import type { Plan } from '../../core/planner';
import { hrefFor } from '../../core/route';
import { useAppStore } from '../../store';
import { selectStates } from '../../store';
import type { GraphData } from './GraphData';
import { GraphView } from './GraphView';
import { useAppHref } from '../common/useAppHref';

const LEGEND = ['ready', 'learning', 'later', 'known'] as const;
const NONE: readonly ConceptId[] = [];

/**
 * The plan as a graph, beside its list of steps: one node per step (numbered as in the list),
 * prerequisite edges between them, and on request the known concepts the plan builds on. Left
 * out of print: a zoomable view would print only the part the screen showed, and the printed
 * steps say the same.
 */
export function PlanGraph({ plan, assumed = NONE }: { readonly plan: Plan; readonly assumed?: readonly ConceptId[] }) {
  const graph = useAppStore((s) => s.graph);
  const states = useAppStore(selectStates);
  const navigate = useAppStore((s) => s.navigate);
  const appHref = useAppHref();
  const [showKnown, setShowKnown] = useState(false);

  const data = useMemo<GraphData>(() => {
    const sub = planGraph(
      graph,
      plan.steps.map((s) => s.id),
      showKnown,
    );
    const nodes = graphNodes(graph, sub.indices, states, { steps: plan.steps, assumed: new Set(assumed) });
    return { nodes: nodes.map((node) => ({ ...node, href: appHref(hrefFor({ kind: 'concept', id: node.id })) })), edges: sub.edges };
  }, [graph, plan, assumed, states, showKnown, appHref]);

  const start = Math.max(
    0,
    data.nodes.findIndex((n) => n.state === 'ready'),
  );
  return (
    <section className="plan-graph screen-only" aria-labelledby="plan-graph-heading">
      <h2 id="plan-graph-heading">Graph</h2>
      <label className="graph-option">
        <input type="checkbox" checked={showKnown} onChange={(e) => setShowKnown(e.target.checked)} /> Show the known concepts it builds on
      </label>
      <GraphView
        data={data}
        label={`Graph of the plan, ${plan.steps.length} steps`}
        onOpen={(id) => navigate(hrefFor({ kind: 'concept', id }))}
        start={start}
        legend={LEGEND}
      />
    </section>
  );
}
