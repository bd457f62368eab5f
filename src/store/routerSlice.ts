import type { ConceptGraph } from '../core/graph/ConceptGraph';
import { hrefFor } from '../core/route/hrefFor';
import { parseRoute } from '../core/route/parseRoute';
import type { Route } from '../core/route/Route';
import type { AppEnv, GetState, RouterSlice, SetState } from './AppState';

/** Splits a same-origin href into path and query; `null` for other origins or unusable input. */
function split(href: string): { path: string; search: string } | null {
  let url: URL;
  try {
    url = new URL(href, 'http://app.invalid');
  } catch {
    return null;
  }
  if (url.origin !== 'http://app.invalid') return null;
  return { path: url.pathname, search: url.search };
}

/** An alias in a concept URL becomes the concept's current id, so old links keep working. */
export function canonicalRoute(route: Route, graph: ConceptGraph): Route {
  if (route.kind !== 'concept') return route;
  const i = graph.index.get(route.id);
  const id = i === undefined ? undefined : graph.ids[i];
  return id && id !== route.id ? { kind: 'concept', id } : route;
}

/** Resolves a path and query to the route shown and the href the address bar should say. */
function resolve(path: string, search: string, graph: ConceptGraph): { route: Route; href: string; rewritten: boolean } {
  const parsed = parseRoute(path, search);
  const route = canonicalRoute(parsed, graph);
  const rewritten = route !== parsed;
  return { route, href: rewritten ? hrefFor(route) : path + search, rewritten };
}

/** A history-based router: the route is state, links are real hrefs, back and forward work. */
export function routerSlice(set: SetState, get: GetState, env: AppEnv, initialUrl: string, graph: ConceptGraph): RouterSlice {
  const start = split(initialUrl) ?? { path: '/', search: '' };
  const first = resolve(start.path, start.search, graph);
  if (first.rewritten) env.history?.replaceState(null, '', first.href);

  return {
    route: first.route,
    href: first.href,
    navigations: 0,

    navigate(href, options = {}) {
      const target = split(href);
      if (!target) return;
      const next = resolve(target.path, target.search, get().graph);
      const hash = href.includes('#') ? href.slice(href.indexOf('#')) : '';
      if (options.replace) env.history?.replaceState(null, '', next.href + hash);
      else env.history?.pushState(null, '', next.href + hash);
      set({ route: next.route, href: next.href, navigations: get().navigations + 1 });
    },

    keepAddress(href) {
      try {
        env.history?.replaceState(null, '', href);
      } catch {
        // Over the browser's limit on address rewrites: the address is a convenience, not state.
      }
    },

    syncLocation(pathname, search) {
      const next = resolve(pathname, search, get().graph);
      if (next.rewritten) env.history?.replaceState(null, '', next.href);
      set({ route: next.route, href: next.href, navigations: get().navigations + 1 });
    },
  };
}
