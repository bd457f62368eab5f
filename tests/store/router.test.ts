// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { connectWindow } from '../../src/store/connectWindow';
import { makeStore } from './storeFixture';

beforeEach(() => window.history.replaceState(null, '', '/'));

describe('router', () => {
  it('parses the first URL', () => {
    expect(makeStore({ url: '/concepts/vectors' }).getState().route).toEqual({ kind: 'concept', id: 'vectors' });
  });

  it('rewrites an alias in a concept URL to the current id', () => {
    window.history.replaceState(null, '', '/concepts/vector-basics');
    const store = makeStore({ url: '/concepts/vector-basics' });
    expect(store.getState().route).toEqual({ kind: 'concept', id: 'vectors' });
    expect(window.location.pathname).toBe('/concepts/vectors');
  });

  it('expands a hand-typed plan URL without its format to the versioned one, on load and on navigate', () => {
    window.history.replaceState(null, '', '/plan/backpropagation?t=Week%201');
    const store = makeStore({ url: '/plan/backpropagation?t=Week%201' });
    expect(store.getState().route).toEqual({ kind: 'plan', url: '/plan/v1/backpropagation?t=Week%201' });
    expect(window.location.pathname + window.location.search).toBe('/plan/v1/backpropagation?t=Week%201');
    store.getState().navigate('/embed/plan/vectors,matrices');
    expect(store.getState().route).toEqual({ kind: 'embed-plan', url: '/plan/v1/vectors,matrices' });
    // A format this site does not read stays as it came, for the plan page to explain.
    store.getState().navigate('/plan/v2/vectors');
    expect(store.getState().route).toEqual({ kind: 'plan', url: '/plan/v2/vectors' });
  });

  it('pushes history on navigate and follows back', async () => {
    const store = makeStore();
    const disconnect = connectWindow(store, window);
    store.getState().navigate('/about');
    expect(window.location.pathname).toBe('/about');
    expect(store.getState().route).toEqual({ kind: 'about' });
    expect(store.getState().navigations).toBe(1);
    store.getState().navigate('/concepts/matrices');
    const popped = new Promise((resolve) => window.addEventListener('popstate', resolve, { once: true }));
    window.history.back();
    await popped;
    expect(store.getState().route).toEqual({ kind: 'about' });
    disconnect();
  });

  it('under a base, reads and writes browser paths with it while its own paths go without', async () => {
    window.history.replaceState(null, '', '/course/concepts/vector-basics?x=1');
    const store = makeStore({ url: '/course/concepts/vector-basics?x=1', base: '/course' });
    // The alias is rewritten in the address bar, under the base.
    expect(store.getState().route).toEqual({ kind: 'concept', id: 'vectors' });
    expect(store.getState().base).toBe('/course');
    expect(window.location.pathname).toBe('/course/concepts/vectors');
    const disconnect = connectWindow(store, window);
    store.getState().navigate('/about');
    expect([window.location.pathname, store.getState().href]).toEqual(['/course/about', '/about']);
    store.getState().navigate('/');
    expect(window.location.pathname).toBe('/course/');
    expect(store.getState().route).toEqual({ kind: 'home' });
    store.getState().keepAddress('/plan/new?from=x');
    expect(window.location.pathname + window.location.search).toBe('/course/plan/new?from=x');
    const popped = new Promise((resolve) => window.addEventListener('popstate', resolve, { once: true }));
    window.history.back();
    await popped;
    expect(store.getState().route).toEqual({ kind: 'about' });
    disconnect();
    // The base alone is home; a path outside it is not a page of this site.
    expect(makeStore({ url: '/course', base: '/course' }).getState().route).toEqual({ kind: 'home' });
    expect(makeStore({ url: '/courses/x', base: '/course' }).getState().route).toEqual({ kind: 'not-found', path: '/courses/x' });
  });

  it('keeps an address in the bar without navigating', () => {
    const store = makeStore({ url: '/plan/new' });
    const before = store.getState();
    const length = window.history.length;
    store.getState().keepAddress('/plan/new?from=%2Fplan%2Fv1%2Fvectors');
    expect(window.location.pathname + window.location.search).toBe('/plan/new?from=%2Fplan%2Fv1%2Fvectors');
    expect(window.history.length).toBe(length);
    const after = store.getState();
    expect([after.route, after.href, after.navigations]).toEqual([before.route, before.href, before.navigations]);
    // A browser that refuses (too many rewrites) costs the address, not the page.
    const refusing = makeStore({
      url: '/plan/new',
      history: {
        pushState: () => {},
        replaceState: () => {
          throw new DOMException('too many', 'SecurityError');
        },
      },
    });
    expect(() => refusing.getState().keepAddress('/plan/new?from=x')).not.toThrow();
  });

  it('replaces the entry when asked, and ignores other origins', () => {
    const store = makeStore();
    const length = window.history.length;
    store.getState().navigate('/settings', { replace: true });
    expect(window.history.length).toBe(length);
    store.getState().navigate('https://elsewhere.example/x');
    expect(store.getState().route).toEqual({ kind: 'settings' });
  });
});
