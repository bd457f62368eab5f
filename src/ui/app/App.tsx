import { useAppStore } from '../../store';
import { ContentProblems } from './ContentProblems';
import { Header } from './Header';
import { LinkPreview } from './LinkPreview';
import { PageErrorBoundary } from './PageErrorBoundary';
import { RoutePage } from './RoutePage';
import { StorageNoticeBanner } from './StorageNoticeBanner';
import { UpdatePrompt } from './UpdatePrompt';
import { useFocusOnNavigate } from './useFocusOnNavigate';
import { GraphGate } from './GraphGate';
import { useGraphWhenIdle } from './useGraphWhenIdle';
import { useReadyMark } from './useReadyMark';
import { useLinkInterception } from './useLinkInterception';
import { useSearchShortcut } from './useSearchShortcut';
import { useThemeEffect } from './useThemeEffect';
import { EmbedPlanPage } from '../instructor/EmbedPlanPage';
import { SearchDialog } from '../search/SearchDialog';
import { useAppHref } from '../common/useAppHref';
import '../styles/tokens.css';
import '../styles/base.css';
import '../styles/layout.css';
import '../styles/prose.css';
import '../styles/buttons.css';
import '../styles/components.css';
import '../styles/problems.css';
import '../styles/checks.css';
import '../styles/review.css';
import '../styles/plan.css';
import '../styles/placement.css';
import '../styles/home.css';
import '../styles/search.css';
import '../styles/print.css';

/**
 * The whole app: skip link, header, notices, the current page, search and previews; while
 * authoring (the dev server), also the content's problems.
 */
export function App({ authoring = false }: { readonly authoring?: boolean }) {
  const route = useAppStore((s) => s.route);
  const href = useAppStore((s) => s.href);
  const searchOpen = useAppStore((s) => s.searchOpen);
  const appHref = useAppHref();
  useThemeEffect();
  useLinkInterception();
  useSearchShortcut();
  useFocusOnNavigate();
  useGraphWhenIdle();
  useReadyMark();
  // An embedded plan fills an iframe on another site: no header, footer or search.
  if (route.kind === 'embed-plan') {
    return (
      <GraphGate>
        <EmbedPlanPage key={route.url} url={route.url} />
      </GraphGate>
    );
  }
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <Header />
      <StorageNoticeBanner />
      <main id="main" tabIndex={-1}>
        <PageErrorBoundary key={href}>
          <RoutePage route={route} />
        </PageErrorBoundary>
      </main>
      <footer className="site-footer">
        <p>
          Your progress is kept in this browser. <a href={appHref('/settings')}>Export it</a> to move it ·{' '}
          <a href={appHref('/about')}>How this site works</a>
        </p>
      </footer>
      {searchOpen && <SearchDialog />}
      <LinkPreview />
      <UpdatePrompt />
      {authoring && <ContentProblems />}
    </>
  );
}
