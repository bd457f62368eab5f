// @vitest-environment jsdom
import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../renderApp';

describe('App shell', () => {
  it('has a skip link to the main content, a main landmark and the site name', () => {
    renderApp('/');
    expect(screen.getByRole('link', { name: 'Skip to content' })).toHaveProperty('hash', '#main');
    expect(screen.getByRole('main').id).toBe('main');
    expect(screen.getByRole('link', { name: 'Test Roadmaps' })).toBeTruthy();
  });

  it.each([
    ['/', 'Test Roadmaps'],
    ['/about', 'About · Test Roadmaps'],
    ['/settings', 'Your progress · Test Roadmaps'],
    ['/concepts/vectors', 'Vectors · Test Roadmaps'],
    ['/roadmaps/deep-learning', 'Deep learning from the bottom up · Test Roadmaps'],
    ['/nowhere', 'Page not found · Test Roadmaps'],
  ])('titles %s as "%s"', async (url, title) => {
    renderApp(url);
    await waitFor(() => expect(document.title).toBe(title));
  });

  it('navigates by clicking a plain link, without a reload, and marks the current nav item', async () => {
    const { user, store } = renderApp('/');
    await user.click(screen.getByRole('link', { name: 'About' }));
    expect(window.location.pathname).toBe('/about');
    expect(store.getState().route.kind).toBe('about');
    expect(screen.getByRole('heading', { level: 1, name: 'How this site works' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'About' }).getAttribute('aria-current')).toBe('page');
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('heading', { level: 1 })));
  });

  it('under a base, every link carries it and clicks still navigate in the app', async () => {
    const { user, store } = renderApp('/course/concepts/vectors', { base: '/course' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Vectors' })).toBeTruthy();
    const hrefs = [...document.querySelectorAll<HTMLAnchorElement>('a[href^="/"]')].map((a) => a.getAttribute('href')!);
    expect(hrefs.length).toBeGreaterThan(5);
    expect(hrefs.filter((h) => !h.startsWith('/course/'))).toEqual([]);
    expect(screen.getByRole('link', { name: 'Test Roadmaps' }).getAttribute('href')).toBe('/course/');
    await user.click(screen.getByRole('link', { name: 'About' }));
    expect(window.location.pathname).toBe('/course/about');
    expect(store.getState().route.kind).toBe('about');
  });

  it('follows the back button', async () => {
    const { user } = renderApp('/');
    await user.click(screen.getByRole('link', { name: 'About' }));
    window.history.back();
    expect(await screen.findByRole('heading', { level: 1, name: 'Test Roadmaps' })).toBeTruthy();
  });

  it('cycles the theme and remembers it', async () => {
    const { user } = renderApp('/');
    await user.click(screen.getByRole('button', { name: /Theme: system/ }));
    expect(document.documentElement.dataset.theme).toBe('light');
    await user.click(screen.getByRole('button', { name: /Theme: light/ }));
    expect(document.documentElement.dataset.theme).toBe('dark');
    expect(localStorage.getItem('roadmaps.theme')).toBe('dark');
    await user.click(screen.getByRole('button', { name: /Theme: dark/ }));
    expect(document.documentElement.dataset.theme).toBeUndefined();
    expect(localStorage.getItem('roadmaps.theme')).toBeNull();
  });

  it('shows a notice for a corrupt stored value and keeps working', async () => {
    localStorage.setItem('roadmaps.progress', 'garbage{');
    const { user, store } = renderApp('/concepts/vectors', { keepStorage: true });
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toMatch(/could not be read/);
    expect(alert.textContent).toMatch(/roadmaps\.progress\.invalid\./);
    await user.click(screen.getByRole('radio', { name: 'Known' }));
    expect(store.getState().progress.states).toEqual({ vectors: 'known' });
    await user.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
