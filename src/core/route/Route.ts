/**
 * Every page of the app as data. A route is what the address bar says, parsed once; pages read it
 * and links are made from it with `hrefFor`, so the two directions cannot drift apart.
 *
 * `plan`, `embed-plan` and `placement` keep the plan URL (`/plan/v1/…?…`) as it came, because only the planner
 * decodes it (against the graph, following aliases).
 */
export type Route =
  | { readonly kind: 'home' }
  | { readonly kind: 'roadmap'; readonly id: string }
  | { readonly kind: 'concept'; readonly id: string }
  | { readonly kind: 'plan'; readonly url: string }
  | { readonly kind: 'plan-new' }
  | { readonly kind: 'embed-plan'; readonly url: string }
  /** The placement quiz ("Check what you already know") over the plan at `url` (`/plan/v1/…?…`). */
  | { readonly kind: 'placement'; readonly url: string }
  | { readonly kind: 'course'; readonly id: string }
  | { readonly kind: 'explore' }
  | { readonly kind: 'settings' }
  /** Spaced review: the concepts due, one at a time. */
  | { readonly kind: 'review' }
  | { readonly kind: 'about' }
  | { readonly kind: 'not-found'; readonly path: string };

/** The `kind` of a route. */
export type RouteKind = Route['kind'];
