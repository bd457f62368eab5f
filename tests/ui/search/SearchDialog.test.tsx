// @vitest-environment jsdom
import { act, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createSearchIndex, type SearchIndex } from '../../../src/core/search';
import { fixtureConcepts } from '../fixtures/fixtureIndex';
import { renderApp } from '../renderApp';

/** A `loadSearch` whose loads the test settles one by one. */
function pendingLoads() {
  const loads: { url: string; resolve: (index: SearchIndex) => void; reject: (error: Error) => void }[] = [];
  const loadSearch = (url: string) => new Promise<SearchIndex>((resolve, reject) => loads.push({ url, resolve, reject }));
  return { loads, loadSearch };
}

describe('SearchDialog', () => {
  it('opens with "/", finds by prefix, moves with arrows and opens with Enter', async () => {
    const { user } = renderApp('/about');
    await user.keyboard('/');
    const box = screen.getByRole('combobox', { name: 'Search concepts' });
    expect(document.activeElement).toBe(box);
    await user.keyboard('regr');
    const options = await screen.findAllByRole('option');
    expect(options.map((o) => o.querySelector('.search-option-title')?.textContent?.trim())).toEqual([
      'Linear regression',
      'Logistic regression',
    ]);
    expect(options[0]!.getAttribute('aria-selected')).toBe('true');
    expect(box.getAttribute('aria-activedescendant')).toBe(options[0]!.id);
    await user.keyboard('{ArrowDown}');
    expect(box.getAttribute('aria-activedescendant')).toBe(options[1]!.id);
    await user.keyboard('{ArrowDown}');
    expect(box.getAttribute('aria-activedescendant')).toBe(options[0]!.id);
    await user.keyboard('{ArrowUp}{Enter}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(window.location.pathname).toBe('/concepts/logistic-regression');
    expect(screen.getByRole('heading', { level: 1, name: 'Logistic regression' })).toBeTruthy();
  });

  it('opens with Ctrl+K even from a text field, tolerates typos, and closes with Escape back to where focus was', async () => {
    const { user } = renderApp('/');
    const trigger = screen.getByRole('button', { name: /^Search$|Search\s*\// });
    trigger.focus();
    await user.keyboard('{Control>}k{/Control}');
    expect(screen.getByRole('dialog', { name: 'Search concepts' })).toBeTruthy();
    await user.keyboard('backprpagation');
    expect((await screen.findAllByRole('option'))[0]!.textContent).toMatch(/^Backpropagation/);
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(trigger);
  });

  it('does not open on "/" typed into a text field', async () => {
    const { user } = renderApp('/');
    await user.keyboard('/');
    await user.keyboard('a/b');
    expect(screen.getAllByRole('dialog')).toHaveLength(1);
    expect((screen.getByRole('combobox') as HTMLInputElement).value).toBe('a/b');
  });

  it("shows each result's state and the size of its plan for you", async () => {
    const { user, store } = renderApp('/');
    act(() => {
      store.getState().mark('vectors', 'known');
      store.getState().mark('matrices', 'learning');
    });
    await user.keyboard('/');
    await user.keyboard('matri');
    const [option] = await screen.findAllByRole('option');
    expect(within(option!).getByText('Learning')).toBeTruthy();
    expect(option!.textContent).toMatch(/Plan: 1 step$/);
    await user.clear(screen.getByRole('combobox'));
    await user.keyboard('vectors');
    const [vectors] = await screen.findAllByRole('option');
    expect(vectors!.textContent).toMatch(/Known$/);
  });

  it('says when nothing matches and keeps Tab inside the dialog', async () => {
    const { user } = renderApp('/');
    await user.keyboard('/');
    await user.keyboard('zzzzqqq');
    expect(await screen.findByText(/No concept matches/)).toBeTruthy();
    await user.tab();
    expect(document.activeElement).toBe(screen.getByRole('combobox'));
  });

  it('says it is loading until the index arrives, then shows results for what was typed meanwhile', async () => {
    const { loads, loadSearch } = pendingLoads();
    const { user } = renderApp('/', { loadSearch });
    await user.keyboard('/');
    expect(screen.getByRole('status').textContent).toBe('Loading search…');
    await user.keyboard('regr');
    expect(screen.queryAllByRole('option')).toEqual([]);
    expect(loads.map((l) => l.url)).toEqual(['/search.json']);
    await act(async () => loads[0]!.resolve(createSearchIndex(fixtureConcepts)));
    expect((await screen.findAllByRole('option')).map((o) => o.querySelector('.search-option-title')?.textContent?.trim())).toEqual([
      'Linear regression',
      'Logistic regression',
    ]);
    expect(screen.getByRole('status').textContent).toBe('2 results.');
  });

  it('says when search could not load, stays usable, and tries again when opened again', async () => {
    const { loads, loadSearch } = pendingLoads();
    const { user } = renderApp('/', { loadSearch });
    await user.keyboard('/');
    await act(async () => loads[0]!.reject(new Error('offline')));
    expect(screen.getByRole('status').textContent).toBe('Search could not load. Check your connection and try again.');
    await user.keyboard('vectors');
    expect((screen.getByRole('combobox') as HTMLInputElement).value).toBe('vectors');
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    await user.keyboard('/');
    expect(loads).toHaveLength(2);
    expect(screen.getByRole('status').textContent).toBe('Loading search…');
    await act(async () => loads[1]!.resolve(createSearchIndex(fixtureConcepts)));
    await user.keyboard('vectors');
    expect((await screen.findAllByRole('option'))[0]!.textContent).toMatch(/^Vectors/);
  });

  it('loads the new index when the content changes during a load', async () => {
    const { loads, loadSearch } = pendingLoads();
    const { user, store } = renderApp('/', { loadSearch });
    await user.keyboard('/');
    act(() => store.getState().applyContentUpdate({ index: { ...store.getState().index, search: '/search.v2.json' }, changed: [] }));
    expect(loads.map((l) => l.url)).toEqual(['/search.json', '/search.v2.json']);
    await act(async () => loads[1]!.resolve(createSearchIndex(fixtureConcepts)));
    await user.keyboard('backprop');
    expect((await screen.findAllByRole('option'))[0]!.textContent).toMatch(/^Backpropagation/);
  });

  it('closes when the backdrop is clicked', async () => {
    const { user } = renderApp('/');
    await user.keyboard('/');
    await user.click(document.querySelector('.dialog-backdrop')!);
    expect(screen.queryByRole('dialog')).toBeNull();
  });
});
