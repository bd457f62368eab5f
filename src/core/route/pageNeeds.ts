import type { Route } from './Route';

/**
 * What a page needs before its first render, beyond the boot index: a concept's data file, a
 * body, the whole graph. The build prerenders a page from exactly this, and the browser fetches
 * exactly this before hydrating it, so both render the same thing.
 */
export interface PageNeeds {
  /** The concept whose data file the page shows. */
  readonly concept?: string;
  /** The body key (`roadmaps/<id>`, `courses/<id>`) the page shows, if it has one. */
  readonly body?: string;
  /** The page computes from the whole prerequisite graph (plans, courses, review, the explorer). */
  readonly graph: boolean;
}

/** What the page of `route` needs first (see `PageNeeds`). */
export function pageNeeds(route: Route): PageNeeds {
  switch (route.kind) {
    case 'concept':
      return { concept: route.id, graph: false };
    case 'roadmap':
      return { body: `roadmaps/${route.id}`, graph: false };
    case 'course':
      return { body: `courses/${route.id}`, graph: true };
    case 'plan':
    case 'plan-new':
    case 'embed-plan':
    case 'placement':
    case 'explore':
    case 'review':
      return { graph: true };
    case 'home':
    case 'settings':
    case 'about':
    case 'not-found':
      return { graph: false };
  }
}
