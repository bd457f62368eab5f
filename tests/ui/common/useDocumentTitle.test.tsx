// @vitest-environment jsdom
import { cleanup, renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { pageHead } from '../../../src/core/site';
import { AppStoreProvider } from '../../../src/store/AppStoreContext';
import { useDocumentTitle } from '../../../src/ui/common/useDocumentTitle';
import { fixtureIndex } from '../fixtures/fixtureIndex';
import { makeStore } from '../../store/storeFixture';

const site: { title: string; description: string; siteUrl?: string } = { title: 'ML notes', description: 'Learn ML from the bottom up.' };

function renderTitle(page: string | null | undefined, description?: string, siteConfig: typeof site = site) {
  const store = makeStore({ index: { ...fixtureIndex, site: siteConfig } });
  const wrapper = ({ children }: { children: ReactNode }) => <AppStoreProvider store={store}>{children}</AppStoreProvider>;
  return renderHook(({ title, text }: { title: string | null | undefined; text?: string }) => useDocumentTitle(title, text), {
    wrapper,
    initialProps: { title: page, ...(description === undefined ? {} : { text: description }) },
  });
}

const description = () => document.head.querySelector('meta[name="description"]')?.getAttribute('content');

beforeEach(() => {
  document.head.innerHTML = '<meta name="description" content="Generic." />';
});
afterEach(cleanup);

describe('useDocumentTitle', () => {
  it('titles the tab as the prerendered head does', () => {
    const { rerender } = renderTitle('Chain rule', 'The *chain* rule.');
    expect(document.title).toBe('Chain rule · ML notes');
    const head = pageHead({ path: '/concepts/c', title: 'Chain rule', description: 'The *chain* rule.', kind: 'concept' }, site, {
      base: '',
    });
    expect(head).toContain(`<title>${document.title}</title>`);
    expect(head).toContain(`<meta name="description" content="${description()}" />`);
    rerender({ title: null });
    expect(document.title).toBe('ML notes');
  });

  it('updates the description on client navigation: the page’s own text, else the site’s', () => {
    const { rerender } = renderTitle('Chain rule', "Differentiate **compositions**: $(f \\circ g)'$.");
    expect(description()).toBe("Differentiate compositions: $(f \\circ g)'$.");
    rerender({ title: 'About' });
    expect(description()).toBe('Learn ML from the bottom up.');
  });

  it('leaves the description alone when there is nothing to say, and adds none when the page has no such tag', () => {
    renderTitle('About', undefined, { title: 'T', description: '' });
    expect(description()).toBe('Generic.');
    cleanup();
    document.head.innerHTML = '';
    renderTitle('About', 'Text.');
    expect(document.head.querySelector('meta')).toBeNull();
    expect(document.title).toBe('About · ML notes');
  });

  it('points the canonical address and og:url, when the page has them, at the current page', () => {
    document.head.innerHTML +=
      '<link rel="canonical" href="https://example.edu/" /><meta property="og:url" content="https://example.edu/" />';
    window.history.replaceState(null, '', '/course/plan/v1/vectors?known=a');
    renderTitle('Plan', undefined, { ...site, siteUrl: 'https://example.edu' });
    const url = 'https://example.edu/course/plan/v1/vectors';
    expect(document.head.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(url);
    expect(document.head.querySelector('meta[property="og:url"]')?.getAttribute('content')).toBe(url);
    window.history.replaceState(null, '', '/');
  });

  it('leaves the prerendered head alone while the page is still loading', () => {
    document.title = 'Chain rule · ML notes';
    const { rerender } = renderTitle(undefined, undefined);
    expect(document.title).toBe('Chain rule · ML notes');
    expect(description()).toBe('Generic.');
    rerender({ title: 'Chain rule', text: 'Loaded.' });
    expect(description()).toBe('Loaded.');
  });
});
