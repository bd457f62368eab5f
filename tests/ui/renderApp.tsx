import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach } from 'vitest';
import { cleanup } from '@testing-library/react';
import { AppStoreProvider } from '../../src/store/AppStoreContext';
import { connectWindow } from '../../src/store/connectWindow';
import { App } from '../../src/ui/app/App';
import { makeStore } from '../store/storeFixture';

// Pages load the graph views on demand; load them up front so no import is still in flight when
// a test file's environment is torn down.
await Promise.all([
  import('../../src/ui/graph/LocalGraph'),
  import('../../src/ui/graph/PlanGraph'),
  import('../../src/ui/graph/ExplorePage'),
]);

let disconnect: (() => void) | null = null;

afterEach(() => {
  cleanup();
  disconnect?.();
  disconnect = null;
  localStorage.clear();
  delete document.documentElement.dataset.theme;
});

/**
 * Renders the whole app at `url` over the fixture content with a fresh store, as the browser
 * would (history, localStorage, window events). Storage is cleared first unless `keepStorage`.
 */
export function renderApp(url = '/', init: Parameters<typeof makeStore>[0] & { keepStorage?: boolean; authoring?: boolean } = {}) {
  const { keepStorage, authoring, ...storeInit } = init;
  if (!keepStorage) localStorage.clear();
  window.history.replaceState(null, '', url);
  window.scrollTo = () => {};
  const store = makeStore({ url, ...storeInit });
  disconnect = connectWindow(store, window);
  const user = userEvent.setup();
  const utils = render(
    <AppStoreProvider store={store}>
      <App authoring={authoring} />
    </AppStoreProvider>,
  );
  return { store, user, ...utils };
}
