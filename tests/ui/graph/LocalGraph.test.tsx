// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { AppStoreProvider } from '../../../src/store/AppStoreContext';
import { LocalGraph } from '../../../src/ui/graph/LocalGraph';
import { makeStore } from '../../store/storeFixture';

afterEach(() => {
  cleanup();
  localStorage.clear();
});

function setup(id: string, known: readonly string[] = []) {
  const store = makeStore({ url: `/concepts/${id}` });
  for (const k of known) store.getState().mark(k, 'known');
  render(
    <AppStoreProvider store={store}>
      <LocalGraph id={id} />
    </AppStoreProvider>,
  );
}

const labels = () => Array.from(document.querySelectorAll('a.graph-node'), (a) => a.getAttribute('aria-label'));

describe('LocalGraph', () => {
  it('shows prerequisites and dependents within two steps, the concept itself as the goal', () => {
    setup('logistic-regression', ['vectors', 'derivatives']);
    expect(screen.getByRole('heading', { name: 'Around this concept' })).toBeTruthy();
    expect(labels()).toEqual(
      expect.arrayContaining([
        'Logistic regression, not yet, goal',
        'Linear regression, not yet',
        'Gradient descent, ready now',
        'Matrices, ready now',
        'Vectors, known',
        'Derivatives, known',
        'Feed-forward neural nets, not yet',
        'Backpropagation, not yet',
      ]),
    );
    expect(labels()).toHaveLength(8);
  });

  it('draws nothing for an unknown id', () => {
    setup('nope');
    expect(screen.queryByRole('heading', { name: 'Around this concept' })).toBeNull();
  });
});
