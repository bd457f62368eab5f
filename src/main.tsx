import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { contentIndex } from 'virtual:content';
import { CONTENT_UPDATE_EVENT, type ContentUpdate } from './core/model';
import { toBasePath } from './core/route';
import { AppStoreProvider } from './store';
import { connectWindow } from './store';
import { createAppStore } from './store';
import { App } from './ui/app/App';

// Vite's `base` (`/` or `/course/`): where the site is served, for links and the router.
const store = createAppStore({ index: contentIndex, base: toBasePath(import.meta.env.BASE_URL) ?? '' });
connectWindow(store, window);

// Content edits in dev arrive without a reload: the new index replaces the old, and changed
// bodies are fetched again by the pages that show them.
if (import.meta.hot) {
  import.meta.hot.on(CONTENT_UPDATE_EVENT, (update: ContentUpdate) => store.getState().applyContentUpdate(update));
}

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element.');
createRoot(root).render(
  <StrictMode>
    <AppStoreProvider store={store}>
      <App authoring={import.meta.env.DEV} />
    </AppStoreProvider>
  </StrictMode>,
);
