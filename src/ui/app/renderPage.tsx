import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import type { ContentIndex } from '../../core/model';
import { AppStoreProvider, createAppStore, type Preload } from '../../store';
import { App } from './App';

/** A page to prerender: its path (without the base) and what it is made from (`pageNeeds`). */
export interface PageToRender {
  readonly path: string;
  readonly preload: Preload;
}

const offline = (url: string) => Promise.reject(new Error(`Nothing is fetched while prerendering (${url}).`));

/**
 * The build's server entry: the HTML of one page as the app renders it from the boot index and
 * the page's own data, with nothing stored (the browser hydrates it from the same state). Kept to
 * what React renders; the build puts it into `index.html` with the page's head.
 */
export function renderPage(index: ContentIndex, base: string, page: PageToRender): string {
  const store = createAppStore({
    index,
    base,
    url: base + page.path,
    preload: page.preload,
    storage: null,
    history: null,
    fetchJson: offline,
    deferStorage: true,
  });
  return renderToString(
    <StrictMode>
      <AppStoreProvider store={store}>
        <App />
      </AppStoreProvider>
    </StrictMode>,
  );
}
