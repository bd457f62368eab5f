import { lazy, Suspense } from 'react';
import type { Route } from '../../core/route';
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
 * The page for a route. Keys make a new concept or plan start from fresh component state. Pages
 * that compute from the whole graph wait for it (`GraphGate`); the rest open from their own data.
 */
export function RoutePage({ route }: { readonly route: Route }) {
  switch (route.kind) {
    case 'home':
      return <HomePage />;
    case 'roadmap':
      return <RoadmapPage key={route.id} id={route.id} />;
    case 'concept':
      return <ConceptPage key={route.id} id={route.id} />;
    case 'plan':
      return (
        <GraphGate>
          <PlanPage key={route.url} url={route.url} />
        </GraphGate>
      );
    case 'placement':
      return (
        <GraphGate>
          <PlacementPage key={route.url} url={route.url} />
        </GraphGate>
      );
    case 'settings':
      return <SettingsPage />;
    case 'review':
      return (
        <GraphGate>
          <ReviewPage />
        </GraphGate>
      );
    case 'about':
      return <AboutPage />;
    case 'plan-new':
      return (
        <GraphGate>
          <PlanBuilderPage />
        </GraphGate>
      );
    case 'course':
      return (
        <GraphGate>
          <CoursePage key={route.id} id={route.id} />
        </GraphGate>
      );
    case 'explore':
      return (
        <GraphGate>
          <Suspense fallback={null}>
            <ExplorePage />
          </Suspense>
        </GraphGate>
      );
    // `embed-plan` is drawn by App, without the site's chrome. Pages not built yet: a 404 until they are.
    case 'embed-plan':
      return <NotFoundPage path={window.location.pathname} />;
    case 'not-found':
      return <NotFoundPage path={route.path} />;
  }
}
