import type { Route } from './Route';

/**
 * The URL (path and query) of a route; `parseRoute` of its path and query gives the route back.
 * Ids are percent-encoded so that no id can escape its path segment.
 */
export function hrefFor(route: Route): string {
  switch (route.kind) {
    case 'home':
      return '/';
    case 'roadmap':
      return `/roadmaps/${encodeURIComponent(route.id)}`;
    case 'concept':
      return `/concepts/${encodeURIComponent(route.id)}`;
    case 'course':
      return `/courses/${encodeURIComponent(route.id)}`;
    case 'plan':
      return route.url;
    case 'plan-new':
      return '/plan/new';
    case 'embed-plan':
      return `/embed${route.url}`;
    case 'placement':
      return `/check${route.url}`;
    case 'explore':
      return '/explore';
    case 'settings':
      return '/settings';
    case 'review':
      return '/review';
    case 'about':
      return '/about';
    case 'not-found':
      return route.path;
  }
}
