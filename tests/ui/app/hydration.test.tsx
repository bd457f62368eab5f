// @vitest-environment jsdom
import { act, render } from '@testing-library/react';
import { StrictMode } from 'react';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import { AppStoreProvider } from '../../../src/store/AppStoreContext';
import { App } from '../../../src/ui/app/App';
import { makeStore } from '../../store/storeFixture';
import { fetchFixtureBody, fixtureConcepts } from '../fixtures/fixtureIndex';
import type { ConceptData } from '../../../src/core/model';

const url = '/concepts/backpropagation';

/** A store as the build and the browser make one for a concept page: its data file and the graph. */
async function pageStore() {
  const data = (await fetchFixtureBody('/data/concepts/backpropagation.json')) as ConceptData;
  return makeStore({ url, storage: null, history: null, deferStorage: true, preload: { graph: fixtureConcepts, conceptData: [data] } });
}

const app = (store: Awaited<ReturnType<typeof pageStore>>) => (
  <StrictMode>
    <AppStoreProvider store={store}>
      <App />
    </AppStoreProvider>
  </StrictMode>
);

describe('hydrating a prerendered page', () => {
  it('matches the server even when the graph code arrived before hydration', async () => {
    window.history.replaceState(null, '', url);
    // A first, client-rendered page loads the local graph's code into the module cache.
    const first = render(app(await pageStore()));
    await vi.waitFor(() => expect(document.querySelector('.graph-slot-placeholder')).toBeNull(), { timeout: 5000 });
    first.unmount();

    const html = renderToString(app(await pageStore()));
    expect(html).toContain('graph-slot-placeholder');
    const container = document.createElement('div');
    container.innerHTML = html;
    document.body.append(container);
    const recoverable = vi.fn();
    await act(async () => {
      hydrateRoot(container, app(await pageStore()), { onRecoverableError: recoverable });
    });
    expect(recoverable).not.toHaveBeenCalled();
    container.remove();
  });
});
