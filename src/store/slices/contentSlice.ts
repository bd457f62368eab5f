import type { BodyHeading, Concept, ConceptData, ConceptNode, ContentIndex, RenderedBody } from '../../core/model';
import { buildGraph, decodeGraph } from '../../core/graph';
import type { AppEnv, BodyEntry, ConceptEntry, ContentSlice, GetState, Preload, SetState } from '../AppState';

/**
 * A fetched body is trusted only in shape; its HTML was sanitised when it was built. Headings
 * that are missing or malformed become none: the page still shows, without a table of contents.
 */
export function asBody(value: unknown): RenderedBody | null {
  if (typeof value !== 'object' || value === null) return null;
  const { html, links, headings } = value as { html?: unknown; links?: unknown; headings?: unknown };
  if (typeof html !== 'string' || !Array.isArray(links)) return null;
  return { ...(value as RenderedBody), headings: Array.isArray(headings) ? headings.filter(isHeading) : [] };
}

function isHeading(value: unknown): value is BodyHeading {
  if (typeof value !== 'object' || value === null) return false;
  const { id, text, depth } = value as { id?: unknown; text?: unknown; depth?: unknown };
  return typeof id === 'string' && id !== '' && typeof text === 'string' && (depth === 2 || depth === 3);
}

/** A concept's data file, trusted in shape only (it crosses the network); `null` when damaged. */
export function asConceptData(value: unknown): ConceptData | null {
  if (typeof value !== 'object' || value === null) return null;
  const { concept, body, neighbours, stats } = value as Record<string, unknown>;
  const parsed = asBody(body);
  if (typeof concept !== 'object' || concept === null || !parsed || !Array.isArray(neighbours) || typeof stats !== 'object' || !stats)
    return null;
  const c = concept as Partial<Concept>;
  if (typeof c.id !== 'string' || typeof c.title !== 'string' || !Array.isArray(c.prerequisites) || !Array.isArray(c.resources))
    return null;
  return { ...(value as ConceptData), body: parsed };
}

/** The body key of a concept (`concepts/<id>`), as pages and `bodies` name it. */
export const conceptBodyKey = (id: string): string => `concepts/${id}`;

/** Where a concept's data file is. */
export const conceptDataUrl = (index: ContentIndex, id: string): string => `${index.conceptData}${encodeURIComponent(id)}.json`;

/** The nodes a partial graph is made of: each concept's data gives it and its neighbours. */
function partialNodes(data: readonly ConceptData[], details: Readonly<Record<string, ConceptEntry>>): ConceptNode[] {
  const nodes = new Map<string, ConceptNode>();
  for (const d of data) {
    nodes.set(d.concept.id, d.concept);
    for (const n of d.neighbours) if (!nodes.has(n.id)) nodes.set(n.id, n);
  }
  for (const entry of Object.values(details))
    if (entry.status === 'ready' && !nodes.has(entry.concept.id)) nodes.set(entry.concept.id, entry.concept);
  return [...nodes.values()];
}

/**
 * Content: the boot index; the prerequisite graph (partial until the graph file arrives: the
 * pages' own concepts and their neighbours); concepts' metadata and bodies fetched on demand.
 */
export function contentSlice(set: SetState, get: GetState, env: AppEnv, index: ContentIndex, preload: Preload = {}): ContentSlice {
  // The concept data files seen while the graph is partial: its nodes come from them.
  let seen: ConceptData[] = [...(preload.conceptData ?? [])];
  const details: Record<string, ConceptEntry> = {};
  const bodies: Record<string, BodyEntry> = { ...preload.bodies };
  const stats: Record<string, ConceptData['stats']> = {};
  for (const concept of preload.details ?? []) details[concept.id] = { status: 'ready', concept };
  for (const d of seen) {
    details[d.concept.id] = { status: 'ready', concept: d.concept };
    bodies[conceptBodyKey(d.concept.id)] = { status: 'ready', url: conceptDataUrl(index, d.concept.id), body: d.body };
    stats[d.concept.id] = d.stats;
  }
  const full = preload.graph !== undefined;
  let graphRequest: { url: string; promise: Promise<void> } | null = null;
  // Concept data requests under way, each with a token: a content update that makes a request
  // stale drops its token, so its answer is ignored and the page asks again.
  const inflight = new Map<string, object>();

  function setBody(key: string, entry: BodyEntry): void {
    set({ bodies: { ...get().bodies, [key]: entry } });
  }

  function setDetail(id: string, entry: ConceptEntry): void {
    set({ details: { ...get().details, [id]: entry } });
  }

  /** Takes in concepts' data files: metadata, bodies and figures, and (graph partial) neighbours; one update. */
  function takeConceptData(files: readonly { readonly data: ConceptData; readonly url: string }[]): void {
    if (files.length === 0) return;
    const state = get();
    const details = { ...state.details };
    const bodies = { ...state.bodies };
    const stats = { ...state.stats };
    for (const { data, url } of files) {
      const { id } = data.concept;
      details[id] = { status: 'ready', concept: data.concept };
      bodies[conceptBodyKey(id)] = { status: 'ready', url, body: data.body };
      stats[id] = data.stats;
    }
    if (state.graphStatus !== 'ready') {
      seen = [...seen, ...files.map((f) => f.data)];
      set({ details, bodies, stats, graph: buildGraph(partialNodes(seen, details)) });
    } else set({ details, bodies, stats });
  }

  return {
    index,
    graph: buildGraph(preload.graph ?? partialNodes(seen, details)),
    graphStatus: full ? 'ready' : 'partial',
    details,
    stats,
    bodies,

    ensureGraph() {
      const { index: current, graphStatus } = get();
      if (graphStatus === 'ready' || graphStatus === 'loading') return graphRequest?.promise ?? Promise.resolve();
      const url = current.graph;
      set({ graphStatus: 'loading' });
      const promise = env.fetchJson(url).then(
        (value) => {
          if (get().index.graph !== url) return;
          const nodes = decodeGraph(value);
          if (typeof nodes === 'string') set({ graphStatus: 'error', graphError: nodes });
          else {
            set({ graph: buildGraph(nodes), graphStatus: 'ready', graphError: null });
            get().followAliases();
          }
        },
        () => {
          if (get().index.graph !== url) return;
          set({ graphStatus: 'error', graphError: 'The concept graph could not be loaded. Check your connection and try again.' });
        },
      );
      graphRequest = { url, promise };
      return promise;
    },

    loadConcept(id) {
      const state = get();
      const i = state.graph.index.get(id);
      const canonical = i === undefined ? id : state.graph.ids[i]!;
      const key = conceptBodyKey(canonical);
      const detail = state.details[canonical];
      const body = state.bodies[key];
      if (inflight.has(canonical)) return;
      if (detail?.status === 'ready' && body?.status === 'ready') return;
      const url = conceptDataUrl(state.index, canonical);
      const token = {};
      inflight.set(canonical, token);
      if (!detail || detail.status === 'error') setDetail(canonical, { status: 'loading' });
      if (!body || body.status === 'error') setBody(key, { status: 'loading', url });
      const fail = (message: string) => {
        if (get().details[canonical]?.status !== 'ready') setDetail(canonical, { status: 'error', message });
        setBody(key, { status: 'error', url, message });
      };
      env.fetchJson(url).then(
        (value) => {
          // A content update (dev) made this answer stale; the page asks again.
          if (inflight.get(canonical) !== token) return;
          inflight.delete(canonical);
          const data = asConceptData(value);
          if (data) takeConceptData([{ data, url }]);
          else fail('The page arrived damaged.');
        },
        () => {
          if (inflight.get(canonical) !== token) return;
          inflight.delete(canonical);
          fail('The page could not be loaded. Check your connection and try again.');
        },
      );
    },

    loadConcepts(ids) {
      const { index: asked, details, graph } = get();
      const wanted = new Set<string>();
      for (const id of ids) {
        const i = graph.index.get(id);
        const canonical = i === undefined ? id : graph.ids[i]!;
        if (!details[canonical] && !inflight.has(canonical)) wanted.add(canonical);
      }
      if (wanted.size === 0) return Promise.resolve();
      const token = {};
      for (const id of wanted) inflight.set(id, token);
      // Many small files at once: taken in together, so the page renders once for all of them.
      return Promise.allSettled(
        [...wanted].map(async (id) => {
          const url = conceptDataUrl(asked, id);
          const data = asConceptData(await env.fetchJson(url));
          return data ? { data, url } : null;
        }),
      ).then((results) => {
        // Those a content update made stale are left out; their pages ask again.
        const current = new Set([...wanted].filter((id) => inflight.get(id) === token));
        for (const id of current) inflight.delete(id);
        takeConceptData(
          results.flatMap((r) => (r.status === 'fulfilled' && r.value && current.has(r.value.data.concept.id) ? [r.value] : [])),
        );
      });
    },

    loadBody(key) {
      if (key.startsWith('concepts/')) {
        get().loadConcept(key.slice('concepts/'.length));
        return;
      }
      const url = get().index.bodies[key];
      const current = get().bodies[key];
      if (!url) {
        setBody(key, { status: 'error', url: '', message: 'This page has no body.' });
        return;
      }
      if (current && current.url === url && current.status !== 'error') return;
      setBody(key, { status: 'loading', url });
      env.fetchJson(url).then(
        (value) => {
          // A newer request (after a content update) owns the entry now.
          if (get().bodies[key]?.url !== url) return;
          const body = asBody(value);
          setBody(key, body ? { status: 'ready', url, body } : { status: 'error', url, message: 'The page text arrived damaged.' });
        },
        () => {
          if (get().bodies[key]?.url !== url) return;
          setBody(key, { status: 'error', url, message: 'The page text could not be loaded. Check your connection and try again.' });
        },
      );
    },

    applyContentUpdate(update) {
      const { index: current } = get();
      // A patch (only bodies changed) keeps the metadata, so the graph and search index stay.
      const next =
        'patch' in update
          ? { ...current, bodies: { ...current.bodies, ...update.patch.bodies }, diagnostics: update.patch.diagnostics }
          : update.index;
      const stale = new Set(update.changed);
      const isStale = (key: string) => stale.has(key) || (!key.startsWith('concepts/') && next.bodies[key] !== get().bodies[key]?.url);
      const bodies = Object.fromEntries(Object.entries(get().bodies).filter(([key]) => !isStale(key)));
      // Pages ask for what they show whenever it is missing, so dropping it is enough to refetch it.
      if ('patch' in update) {
        for (const id of [...inflight.keys()]) if (stale.has(conceptBodyKey(id))) inflight.delete(id);
        const details = Object.fromEntries(Object.entries(get().details).filter(([id]) => !stale.has(conceptBodyKey(id))));
        set({ index: next, bodies, details });
        return;
      }
      // Metadata changed: titles and neighbours anywhere may have, so every concept is fetched again.
      seen = [];
      graphRequest = null;
      inflight.clear();
      const wasLoaded = get().graphStatus !== 'partial';
      set({
        index: next,
        graph: buildGraph([]),
        graphStatus: 'partial',
        details: {},
        stats: {},
        bodies: Object.fromEntries(Object.entries(bodies).filter(([key]) => !key.startsWith('concepts/'))),
        searchIndex: null,
      });
      if (wasLoaded) void get().ensureGraph();
    },
  };
}
