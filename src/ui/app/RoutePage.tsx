import { lazy, Suspense } from 'react';
import { pageNeeds, type Route } from '../../core/route';
import { CoursePage } from '../instructor/CoursePage';
import { PlanBuilderPage } from '../instructor/PlanBuilderPage';
import { AboutPage } from './AboutPage';
import { ConceptPage } from '../concept/ConceptPage';
import { HomePage } from '../home/HomePage';
import { GraphGate } from './GraphGate';
import { NotFoundPage } from './NotFoundPage';
import { PlanPage } from '../plan/PlanPage';
import { PlacementPage } from '../placement/PlacementPage';
import { ReviewPage } from '../review/ReviewPage';
import { RoadmapPage } from '../roadmap/RoadmapPage';
import { SettingsPage } from '../settings/SettingsPage';

// The explore view is all graph code: it loads only when visited.
const ExplorePage = lazy(() => import('../graph/ExplorePage').then((m) => ({ default: m.ExplorePage })));

/**
 * The page for a route. Pages that compute from the whole graph (`pageNeeds`) wait for it
 * (`GraphGate`); the rest open from their own data.
 */
export function RoutePage({ route }: { readonly route: Route }) {
  const page = pageFor(route);
  return pageNeeds(route).graph ? <GraphGate>{page}</GraphGate> : page;
}

/** The page component for a route. Keys make a new concept or plan start from fresh component state. */
function pageFor(route: Route) {
  switch (route.kind) {
    case 'home':
      return <HomePage />;
    case 'roadmap':
      return <RoadmapPage key={route.id} id={route.id} />;
    case 'concept':
      return <ConceptPage key={route.id} id={route.id} />;
    case 'plan':
      return <PlanPage key={route.url} url={route.url} />;
    case 'placement':
      return <PlacementPage key={route.url} url={route.url} />;
    case 'settings':
      return <SettingsPage />;
    case 'review':
      return <ReviewPage />;
    case 'about':
      return <AboutPage />;
    case 'plan-new':
      return <PlanBuilderPage />;
    case 'course':
      return <CoursePage key={route.id} id={route.id} />;
    case 'explore':
      return (
        <Suspense fallback={null}>
          <ExplorePage />
        </Suspense>
      );
    // `embed-plan` is drawn by App, without the site's chrome. Pages not built yet: a 404 until they are.
    case 'embed-plan':
      return <NotFoundPage path={window.location.pathname} />;
    case 'not-found':
      return <NotFoundPage path={route.path} />;
  }
}
