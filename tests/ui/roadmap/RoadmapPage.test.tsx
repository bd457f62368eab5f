// @vitest-environment jsdom
import { act, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../renderApp';

describe('RoadmapPage', () => {
  it('shows a loading state, then the body with red and green links', async () => {
    renderApp('/roadmaps/deep-learning');
    expect(screen.getByRole('heading', { level: 1, name: 'Deep learning from the bottom up' })).toBeTruthy();
    expect(screen.getByRole('status').textContent).toMatch(/Loading the roadmap/);
    const internal = await screen.findByRole('link', { name: 'backpropagation' });
    expect(internal.className).toBe('link-internal');
    const external = screen.getByRole('link', { name: /the Deep Learning book/ });
    expect(external.className).toBe('link-external');
    expect(external.textContent).toMatch(/\(external site\)$/);
  });

  it('marks body links with the concept state, and updates them when it changes', async () => {
    const { store } = renderApp('/roadmaps/deep-learning');
    act(() => {
      store.getState().mark('vectors', 'known');
    });
    const vectors = await screen.findByRole('link', { name: /^vectors ?\(known\)$/ });
    expect(vectors.dataset.state).toBe('known');
    act(() => {
      store.getState().mark('vectors', 'learning');
    });
    await waitFor(() => expect(vectors.dataset.state).toBe('learning'));
    expect(vectors.textContent).toBe('vectors (learning)');
    act(() => {
      store.getState().mark('vectors', null);
    });
    await waitFor(() => expect(vectors.dataset.state).toBeUndefined());
    expect(vectors.textContent).toBe('vectors');
  });

  it('lists the body\'s sections under "On this page", once the body is there', async () => {
    renderApp('/roadmaps/deep-learning');
    expect(screen.queryByRole('navigation', { name: 'On this page' })).toBeNull();
    const nav = await screen.findByRole('navigation', { name: 'On this page' });
    const links = within(nav).getAllByRole('link');
    expect(links.map((a) => [a.textContent, a.getAttribute('href'), a.parentElement!.className])).toEqual([
      ['Start here', '#start-here', ''],
      ['Then networks', '#then-networks', 'sub'],
      ['Further reading', '#further-reading', ''],
    ]);
    // Each link has its target in the body.
    for (const a of links) expect(document.getElementById(a.getAttribute('href')!.slice(1))?.tagName).toMatch(/^H[23]$/);
    // jsdom has no media queries: folded, as on a phone.
    expect(nav.querySelector('details')!.open).toBe(false);
  });

  it('shows no contents for a body with few or malformed headings', async () => {
    renderApp('/roadmaps/deep-learning', {
      fetchJson: async () => ({
        html: '<h2 id="a">A</h2><p>Short.</p>',
        links: [],
        headings: [{ id: 'a', text: 'A', depth: 2 }, { id: 7 }, 'junk', { id: 'b', text: 'B', depth: 9 }],
      }),
    });
    expect(await screen.findByText('Short.')).toBeTruthy();
    expect(screen.queryByRole('navigation', { name: 'On this page' })).toBeNull();
  });

  it('goes to a concept when a red link is clicked', async () => {
    const { user } = renderApp('/roadmaps/deep-learning');
    await user.click(await screen.findByRole('link', { name: 'backpropagation' }));
    expect(window.location.pathname).toBe('/concepts/backpropagation');
    expect(screen.getByRole('heading', { level: 1, name: 'Backpropagation' })).toBeTruthy();
  });

  it('offers the plan for the roadmap with its size, and tracks progress', () => {
    const { store } = renderApp('/roadmaps/deep-learning');
    const plan = screen.getByRole('link', { name: /Plan for this roadmap/ });
    expect(plan.textContent).toMatch(/10 steps/);
    expect(plan.getAttribute('href')).toMatch(/^\/plan\/v1\/vectors,derivatives,backpropagation\?t=Deep/);
    act(() => {
      store.getState().mark('vectors', 'known');
    });
    expect(screen.getByText('1 of 3 known')).toBeTruthy();
    expect(screen.getByRole('link', { name: /Plan for this roadmap/ }).textContent).toMatch(/9 steps/);
  });

  it('shows an error with a retry when the body cannot be fetched', async () => {
    let fail = true;
    const { user } = renderApp('/roadmaps/deep-learning', {
      fetchJson: async () => {
        if (fail) throw new Error('offline');
        return { html: '<p>Back online.</p>', links: [] };
      },
    });
    expect((await screen.findByRole('alert')).textContent).toMatch(/could not be loaded/);
    fail = false;
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByText('Back online.')).toBeTruthy();
  });

  it('is a 404 for an unknown roadmap', () => {
    renderApp('/roadmaps/nope');
    expect(screen.getByRole('heading', { level: 1, name: 'No such roadmap' })).toBeTruthy();
  });
});
