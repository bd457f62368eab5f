import { useMemo } from 'react';
import { graphNodes, localGraph } from '../../core/views';
import { hrefFor } from '../../core/route';
import { useAppStore } from '../../store';
import { selectStates } from '../../store';
import type { GraphData } from './GraphData';
import { GraphView } from './GraphView';
import { useAppHref } from '../common/useAppHref';
import { CONCEPT_SECTIONS } from '../../core/route';

const LEGEND = ['known', 'learning', 'ready', 'later'] as const;

/** A concept's neighbourhood on its page: prerequisites and dependents within two steps. */
export function LocalGraph({ id }: { readonly id: string }) {
  const graph = useAppStore((s) => s.graph);
  const states = useAppStore(selectStates);
  const navigate = useAppStore((s) => s.navigate);
  const appHref = useAppHref();

  const data = useMemo<GraphData | null>(() => {
    const centre = graph.index.get(id);
    if (centre === undefined) return null;
    const sub = localGraph(graph, centre, 2);
    const nodes = graphNodes(graph, sub.indices, states, { centre: 0 });
    return { nodes: nodes.map((node) => ({ ...node, href: appHref(hrefFor({ kind: 'concept', id: node.id })) })), edges: sub.edges };
  }, [graph, id, states, appHref]);

  if (!data || data.nodes.length < 2) return null;
  return (
    <section className="local-graph" aria-labelledby={CONCEPT_SECTIONS.graph.id}>
      <h2 id={CONCEPT_SECTIONS.graph.id}>{CONCEPT_SECTIONS.graph.text}</h2>
      <p className="muted">Prerequisites within two steps above it, and what builds on it within two steps below.</p>
      <GraphView
        data={data}
        label={`Graph of the concepts around ${data.nodes[0]!.title}`}
        onOpen={(cid) => navigate(hrefFor({ kind: 'concept', id: cid }))}
        legend={LEGEND}
      />
    </section>
  );
}
