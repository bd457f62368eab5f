import type { ConceptGraph } from '../../core/graph';
import { expandPlanShorthand } from '../../core/planner';
import { withBase, withoutBase } from '../../core/route';
import { hrefFor } from '../../core/route';
import { parseRoute } from '../../core/route';
import type { Route } from '../../core/route';
import type { AppEnv, GetState, RouterSlice, SetState } from '../AppState';
import { readRecentPlans, rememberPlanVisit } from '../recentPlans';

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

/**
 * An alias in a concept URL becomes the concept's current id, so old links keep working; a
 * hand-typed plan URL without its format (`/plan/<ids>`) becomes the versioned one.
 */
export function canonicalRoute(route: Route, graph: ConceptGraph): Route {
  if (route.kind === 'plan' || route.kind === 'embed-plan') {
    const url = expandPlanShorthand(route.url);
    return url ? { kind: route.kind, url } : route;
  }
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
export function routerSlice(
  set: SetState,
  get: GetState,
  env: AppEnv,
  initialUrl: string,
  graph: ConceptGraph,
  deferStorage = false,
): RouterSlice {
  const { base } = env;
  // The browser's paths carry the base; a path outside it is a page this app does not have.
  const fromBrowser = (path: string, search: string, current: ConceptGraph) => {
    const inside = withoutBase(path, base);
    return inside === undefined
      ? { route: { kind: 'not-found', path } as const, href: path, rewritten: false }
      : resolve(inside, search, current);
  };
  const start = split(initialUrl) ?? { path: withBase('/', base), search: '' };
  const first = fromBrowser(start.path, start.search, graph);
  if (first.rewritten) env.history?.replaceState(null, '', withBase(first.href, base));
  const visit = (route: Route) => rememberPlanVisit(route, get().graph, env.storage, base, get().recentPlans);

  return {
    route: first.route,
    href: first.href,
    base,
    navigations: 0,
    recentPlans: deferStorage ? [] : rememberPlanVisit(first.route, graph, env.storage, base, readRecentPlans(env.storage, base)),

    navigate(href, options = {}) {
      const target = split(href);
      if (!target) return;
      const next = resolve(target.path, target.search, get().graph);
      const hash = href.includes('#') ? href.slice(href.indexOf('#')) : '';
      const address = withBase(next.href + hash, base);
      if (options.replace) env.history?.replaceState(null, '', address);
      else env.history?.pushState(null, '', address);
      set({ route: next.route, href: next.href, navigations: get().navigations + 1, recentPlans: visit(next.route) });
    },

    keepAddress(href) {
      try {
        env.history?.replaceState(null, '', withBase(href, base));
      } catch {
        // Over the browser's limit on address rewrites: the address is a convenience, not state.
      }
    },

    followAliases() {
      const { route } = get();
      const next = canonicalRoute(route, get().graph);
      const href = hrefFor(next);
      if (href === hrefFor(route)) return;
      env.history?.replaceState(null, '', withBase(href, base));
      set({ route: next, href });
    },

    syncLocation(pathname, search) {
      const next = fromBrowser(pathname, search, get().graph);
      if (next.rewritten) env.history?.replaceState(null, '', withBase(next.href, base));
      set({ route: next.route, href: next.href, navigations: get().navigations + 1, recentPlans: visit(next.route) });
    },
  };
}
