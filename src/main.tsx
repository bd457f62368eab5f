import { StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { contentIndex } from 'virtual:content';
import { CONTENT_UPDATE_EVENT, type ContentUpdate } from './core/model';
import { parseRoute, toBasePath, withoutBase } from './core/route';
import { AppStoreProvider, connectWindow, createAppStore, fetchPreload } from './store';
import { App } from './ui/app/App';

async function fetchJson(url: string): Promise<unknown> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${response.status} ${url}`);
  return response.json();
}

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element.');

// Vite's `base` (`/` or `/course/`): where the site is served, for links and the router.
const base = toBasePath(import.meta.env.BASE_URL) ?? '';
const path = withoutBase(location.pathname, base);
const route = path === undefined ? { kind: 'not-found' as const, path: location.pathname } : parseRoute(path, location.search);

// The page's own data first (a concept's data file, a roadmap's body, the graph for a plan), so
// the first render shows the page rather than a loading state, and matches a prerendered page.
const preload = await fetchPreload(contentIndex, route, fetchJson);
const store = createAppStore({ index: contentIndex, base, preload, fetchJson, deferStorage: true });

// Content edits in dev arrive without a reload: the new index replaces the old, and changed
// bodies are fetched again by the pages that show them.
if (import.meta.hot) {
  import.meta.hot.on(CONTENT_UPDATE_EVENT, (update: ContentUpdate) => store.getState().applyContentUpdate(update));
}

const app = (
  <StrictMode>
    <AppStoreProvider store={store}>
      <App authoring={import.meta.env.DEV} />
    </AppStoreProvider>
  </StrictMode>
);
// A prerendered page (the build writes one per concept, roadmap, course, home and about) is
// hydrated: React renders it from the store's first state, which holds what the page was made
// from and nothing stored in the browser; stored progress and theme follow at once, as an update.
// Any other address (a plan, through the host's 404.html) is rendered here.
if (root.dataset.page !== undefined && root.dataset.page === path) hydrateRoot(root, app);
else createRoot(root).render(app);
store.getState().restoreStoredState();
connectWindow(store, window);
