// @vitest-environment jsdom
import { act, cleanup, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { ConceptId } from '../../../src/core/model/ConceptId';
import { encodePlanUrl } from '../../../src/core/planner/url/planUrl';
import { EmbedPlanPage } from '../../../src/ui/instructor/EmbedPlanPage';
import type { StorageAccess } from '../../../src/ui/instructor/storageAccess';
import { makeStore } from '../../store/storeFixture';
import { renderWithStore } from './renderInstructor';

const url = encodePlanUrl({
  targets: ['logistic-regression' as ConceptId],
  known: ['vectors' as ConceptId],
  title: 'Regression',
  note: 'Before Monday.',
});
const steps = () => within(screen.getByRole('list')).getAllByRole('listitem');

describe('EmbedPlanPage', () => {
  it('shows the whole shared plan compactly, with links that open the site in a new tab', () => {
    renderWithStore(<EmbedPlanPage url={url} />, { url: `/embed${url}` });
    expect(screen.getByRole('heading', { level: 1, name: 'Regression' })).toBeTruthy();
    expect(screen.getByText('Before Monday.')).toBeTruthy();
    expect(screen.getByText('5 steps · 3 h 55 min')).toBeTruthy();
    expect(steps().map((li) => li.querySelector('a')?.textContent)).toEqual([
      'Matrices',
      'Derivatives',
      'Linear regression',
      'Gradient descent',
      'Logistic regression',
    ]);
    for (const link of screen.getAllByRole('link')) expect(link.getAttribute('target')).toBe('_blank');
    expect(screen.getByRole('link', { name: /^Open this plan on Test Roadmaps/ }).getAttribute('href')).toBe(url);
    expect(document.querySelector('header, nav, footer')).toBeNull();
  });

  it('marks the viewer’s own progress on the steps instead of removing them', () => {
    const { store } = renderWithStore(<EmbedPlanPage url={url} />, { url: `/embed${url}` });
    expect(screen.getByText('0 of 5 known')).toBeTruthy();
    act(() => store.getState().mark('derivatives', 'known'));
    expect(steps()).toHaveLength(5);
    expect(screen.getByText('1 of 5 known')).toBeTruthy();
    expect(within(steps()[1]!).getByText('Known')).toBeTruthy();
    expect(steps()[1]!.getAttribute('data-state')).toBe('known');
  });

  it('says why a broken link shows no plan', () => {
    renderWithStore(<EmbedPlanPage url="/plan/v1/not-a-concept" />, { url: '/embed/plan/v1/not-a-concept' });
    expect(screen.getByRole('heading', { level: 1, name: 'This plan link does not work' })).toBeTruthy();
    const message = screen.getByRole('heading', { level: 1 }).nextElementSibling!;
    expect(message.textContent).toMatch(/^Unknown concept not-a-concept/);
    expect(message.querySelector('code')!.textContent).toBe('not-a-concept');
  });
});

describe('EmbedPlanPage framed by another site', () => {
  /** Storage kept in a map: the site's own storage as a granted handle gives it. */
  function siteStorage(): Storage {
    const items = new Map<string, string>();
    return {
      get length() {
        return items.size;
      },
      key: (i) => [...items.keys()][i] ?? null,
      getItem: (key) => items.get(key) ?? null,
      setItem: (key, value) => void items.set(key, String(value)),
      removeItem: (key) => void items.delete(key),
      clear: () => items.clear(),
    };
  }

  /** The site's storage with Derivatives marked known, written by the app itself. */
  function storageKnowingDerivatives(): Storage {
    const storage = siteStorage();
    makeStore({ storage }).getState().mark('derivatives', 'known');
    return storage;
  }

  function framed(access: Partial<StorageAccess>): StorageAccess {
    return { framedByOtherOrigin: true, permission: () => Promise.resolve('prompt'), ...access };
  }

  function renderFramed(access: StorageAccess) {
    const rendered = renderWithStore(<EmbedPlanPage url={url} storageAccess={access} />, { url: `/embed${url}` });
    // What the embed's own (partitioned) storage says must not be shown as the learner's.
    act(() => rendered.store.getState().mark('vectors', 'learning'));
    act(() => rendered.store.getState().mark('matrices', 'known'));
    return rendered;
  }

  const openOnSite = () => screen.getAllByRole('link', { name: /^Open this plan on Test Roadmaps/ });

  it('says plainly that progress cannot be shown where the browser has no Storage Access API', () => {
    renderFramed(framed({}));
    expect(screen.getByText(/^Your progress cannot be shown here: this browser keeps Test Roadmaps’s storage apart/)).toBeTruthy();
    expect(screen.queryByText(/of 5 known/)).toBeNull();
    expect(screen.queryByText('Known')).toBeNull();
    expect(steps().every((li) => li.dataset.state === undefined)).toBe(true);
    expect(screen.queryByRole('button')).toBeNull();
    expect(openOnSite()).toHaveLength(2);
    for (const link of openOnSite()) {
      expect(link.getAttribute('href')).toBe(url);
      expect(link.getAttribute('target')).toBe('_blank');
      expect(link.getAttribute('rel')).toBe('noopener');
    }
  });

  it('asks for storage access from a click and then shows the progress saved on the site', async () => {
    const storage = storageKnowingDerivatives();
    const request = vi.fn(() => Promise.resolve(storage));
    const { user } = renderFramed(framed({ request }));
    const button = await screen.findByRole('button', { name: 'Show my progress' });
    expect(screen.getByText(/^Your progress is not shown here/)).toBeTruthy();
    expect(screen.queryByText(/of 5 known/)).toBeNull();
    expect(request).not.toHaveBeenCalled();

    await user.click(button);
    expect(request).toHaveBeenCalledTimes(1);
    const granted = await screen.findByText('Showing your progress from Test Roadmaps.');
    expect(screen.getByText('1 of 5 known')).toBeTruthy();
    expect(steps().map((li) => li.dataset.state ?? null)).toEqual([null, 'known', null, null, null]);
    expect(document.activeElement).toBe(granted);
  });

  it('requests access without a click when the browser already granted it', async () => {
    const request = vi.fn(() => Promise.resolve(storageKnowingDerivatives()));
    renderFramed(framed({ request, permission: () => Promise.resolve('granted') }));
    expect(await screen.findByText('Showing your progress from Test Roadmaps.')).toBeTruthy();
    expect(screen.getByText('1 of 5 known')).toBeTruthy();
    expect(steps().map((li) => li.dataset.state ?? null)).toEqual([null, 'known', null, null, null]);
    expect(screen.queryByRole('button')).toBeNull();
    // Nobody clicked, so the keyboard stays where it was.
    expect(document.activeElement).toBe(document.body);
  });

  it('says so, with the link to the site, when the browser refuses or gives no storage', async () => {
    const { user } = renderFramed(framed({ request: () => Promise.reject(new DOMException('no', 'NotAllowedError')) }));
    await user.click(await screen.findByRole('button', { name: 'Show my progress' }));
    const refused = await screen.findByText(/^Your progress cannot be shown here: your browser did not let this embed read/);
    expect(document.activeElement).toBe(refused);
    expect(within(refused).getByRole('link').getAttribute('href')).toBe(url);
    expect(screen.queryByText(/of 5 known/)).toBeNull();
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('reports cookies-only access and a denied permission without claiming progress', async () => {
    const { user } = renderFramed(framed({ request: () => Promise.resolve(null) }));
    await user.click(await screen.findByRole('button', { name: 'Show my progress' }));
    expect(await screen.findByText(/cookies but not what you saved there/)).toBeTruthy();
    expect(screen.queryByText(/of 5 known/)).toBeNull();
    cleanup();

    renderFramed(framed({ request: vi.fn(), permission: () => Promise.resolve('denied') }));
    await waitFor(() => expect(screen.getByText(/^Your progress cannot be shown here: your browser did not let/)).toBeTruthy());
    expect(screen.queryByRole('button')).toBeNull();
  });
});
