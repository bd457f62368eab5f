// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { fixtureIndex } from '../fixtures/fixtureIndex';
import { renderApp } from '../renderApp';

describe('AboutPage', () => {
  it('explains links, plans, where progress lives and how to write content', () => {
    renderApp('/about');
    const headings = screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent);
    expect(headings).toEqual([
      'Red links and green links',
      'How plans are computed',
      'Keyboard',
      'Where your progress lives',
      'Writing content',
    ]);
    // The shortcuts it lists are the ones the app has.
    const keys = screen.getByRole('heading', { name: 'Keyboard' }).nextElementSibling!.textContent!;
    for (const key of ['/', 'Ctrl+K', 'Enter', 'Esc', 'Shift']) expect(keys).toContain(key);
    expect(screen.getByRole('link', { name: 'progress page' }).getAttribute('href')).toBe('/settings');
  });
});

describe('NotFoundPage', () => {
  it('names the missing path and suggests concepts from its words', async () => {
    renderApp('/some/chain-rules');
    expect(screen.getByRole('heading', { level: 1, name: 'Page not found' })).toBeTruthy();
    expect(screen.getByText('/some/chain-rules')).toBeTruthy();
    const list = within((await screen.findByRole('heading', { name: 'Did you mean' })).closest('section')!);
    expect(list.getAllByRole('link').map((a) => a.textContent)).toContain('Chain rule');
  });
});

describe('PageErrorBoundary', () => {
  it('keeps the app usable when a page fails', async () => {
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => {});
    const broken = { ...fixtureIndex, roadmaps: [{ ...fixtureIndex.roadmaps[0]!, concepts: null as unknown as [] }] };
    const { user } = renderApp('/roadmaps/deep-learning', { index: broken });
    expect(screen.getByRole('heading', { level: 1, name: 'Something went wrong on this page' })).toBeTruthy();
    await user.click(screen.getByRole('link', { name: 'About' }));
    expect(screen.getByRole('heading', { level: 1, name: 'How this site works' })).toBeTruthy();
    quiet.mockRestore();
  });
});
