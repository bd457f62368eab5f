import type { BodyHeading, RenderedBody } from '../../core/model';
import type { ContentIndex } from '../../core/model';
import { buildGraph } from '../../core/graph';
import type { AppEnv, BodyEntry, ContentSlice, GetState, SetState } from '../AppState';

/**
 * A fetched body is trusted only in shape; its HTML was sanitised when it was built. Headings
 * that are missing or malformed become none: the page still shows, without a table of contents.
 */
function asBody(value: unknown): RenderedBody | null {
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

/** Content: the compiled index, its graph, and bodies fetched on demand. */
export function contentSlice(set: SetState, get: GetState, env: AppEnv, index: ContentIndex): ContentSlice {
  function setBody(key: string, entry: BodyEntry): void {
    set({ bodies: { ...get().bodies, [key]: entry } });
  }

  return {
    index,
    graph: buildGraph(index.concepts),
    bodies: {},

    loadBody(key) {
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
      const bodies = Object.fromEntries(
        Object.entries(get().bodies).filter(([key, entry]) => !stale.has(key) && next.bodies[key] === entry.url),
      );
      // Pages ask for a body whenever theirs is missing, so dropping it is enough to refetch it.
      if ('patch' in update) set({ index: next, bodies });
      else set({ index: next, graph: buildGraph(next.concepts), bodies, searchIndex: null });
    },
  };
}
