// @vitest-environment jsdom
import { act, cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { AppStoreProvider } from '../../../src/store/AppStoreContext';
import { ExplorePage } from '../../../src/ui/graph/ExplorePage';
import { fixtureConcepts } from '../fixtures/fixtureIndex';
import { makeStore } from '../../store/storeFixture';

afterEach(() => {
  cleanup();
  localStorage.clear();
});

describe('ExplorePage', () => {
  it('draws every concept and focuses the one searched for', async () => {
    const store = makeStore({ url: '/explore' });
    const user = userEvent.setup();
    render(
      <AppStoreProvider store={store}>
        <ExplorePage />
      </AppStoreProvider>,
    );
    expect(document.title).toMatch(/^Explore the graph/);
    expect(document.querySelectorAll('a.graph-node')).toHaveLength(fixtureConcepts.length);
    await user.type(screen.getByRole('searchbox', { name: 'Find a concept' }), 'backprop{Enter}');
    await act(async () => {});
    expect((document.activeElement as HTMLAnchorElement).dataset.id).toBe('backpropagation');
    await user.click(screen.getByRole('button', { name: 'Backpropagation' }));
    expect(screen.getByText(`All ${fixtureConcepts.length} concepts as a list`)).toBeTruthy();
  });
});
