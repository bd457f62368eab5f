import { useMemo, useState, type FormEvent } from 'react';
import { graphNodes } from '../../core/views';
import { wholeGraph } from '../../core/layout';
import { hrefFor } from '../../core/route';
import { useAppStore } from '../../store';
import { selectStates } from '../../store';
import { useDocumentTitle } from '../common/useDocumentTitle';
import { useSearchIndex } from '../search/useSearchIndex';
import type { GraphData } from './GraphData';
import { GraphView } from './GraphView';
import { useAppHref } from '../common/useAppHref';

const LEGEND = ['known', 'learning', 'ready', 'later'] as const;
const MATCHES = 8;

/** The whole prerequisite graph, with a search that brings a concept into view and focuses it. */
export function ExplorePage() {
  useDocumentTitle('Explore the graph');
  const graph = useAppStore((s) => s.graph);
  const states = useAppStore(selectStates);
  const navigate = useAppStore((s) => s.navigate);
  const appHref = useAppHref();
  const search = useSearchIndex();
  const [query, setQuery] = useState('');
  const [focus, setFocus] = useState<{ id: string } | null>(null);

  const data = useMemo<GraphData>(() => {
    const sub = wholeGraph(graph);
    const nodes = graphNodes(graph, sub.indices, states);
    return { nodes: nodes.map((node) => ({ ...node, href: appHref(hrefFor({ kind: 'concept', id: node.id })) })), edges: sub.edges };
  }, [graph, states, appHref]);

  const matches = useMemo(() => {
    const q = query.trim();
    if (!q) return [];
    if (search) return search.search(q, { limit: MATCHES }).map((hit) => ({ id: hit.id as string, title: hit.title }));
    // Until the search index has loaded, plain substring matching on titles.
    const lower = q.toLowerCase();
    return data.nodes.filter((n) => n.title.toLowerCase().includes(lower)).slice(0, MATCHES);
  }, [query, search, data]);

  function submit(event: FormEvent) {
    event.preventDefault();
    if (matches[0]) setFocus({ id: matches[0].id });
  }

  return (
    <article className="page explore-page">
      <header className="page-header">
        <h1 tabIndex={-1}>Explore the graph</h1>
        <p className="lead">Every concept on the site, with prerequisites above what needs them. Find one to bring it into view.</p>
      </header>
      <form className="explore-search" role="search" onSubmit={submit}>
        <label htmlFor="explore-query">Find a concept</label>
        <input id="explore-query" type="search" value={query} autoComplete="off" onChange={(e) => setQuery(e.target.value)} />
        <button type="submit" className="button button-small">
          Show
        </button>
      </form>
      {matches.length > 0 && (
        <ul className="explore-matches" aria-label="Matching concepts">
          {matches.map((m) => (
            <li key={m.id}>
              <button type="button" className="link-button" onClick={() => setFocus({ id: m.id })}>
                {m.title}
              </button>
            </li>
          ))}
        </ul>
      )}
      <GraphView
        data={data}
        label={`Graph of all ${data.nodes.length} concepts`}
        onOpen={(id) => navigate(hrefFor({ kind: 'concept', id }))}
        focus={focus}
        legend={LEGEND}
      />
      <details className="explore-list">
        <summary>All {data.nodes.length} concepts as a list</summary>
        <ul>
          {[...data.nodes]
            .sort((a, b) => a.title.localeCompare(b.title))
            .map((n) => (
              <li key={n.id}>
                <a className="link-internal" href={n.href}>
                  {n.title}
                </a>
              </li>
            ))}
        </ul>
      </details>
    </article>
  );
}
