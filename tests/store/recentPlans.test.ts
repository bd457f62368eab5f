// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { connectWindow } from '../../src/store/connectWindow';
import { RECENT_PLANS_KEY, readRecentPlans } from '../../src/store/recentPlans';
import { makeStore } from './storeFixture';

beforeEach(() => {
  localStorage.clear();
  window.history.replaceState(null, '', '/');
});

const stored = (key = RECENT_PLANS_KEY) => JSON.parse(localStorage.getItem(key) ?? 'null');

describe('recent plans', () => {
  it('remember each plan page opened, newest first, by its canonical URL, once', () => {
    const store = makeStore({ url: '/plan/v1/matrices' });
    expect(store.getState().recentPlans).toEqual(['/plan/v1/matrices']);
    store.getState().navigate('/concepts/vectors');
    store.getState().navigate('/plan/v1/chain-rule?k=derivatives');
    // An alias and a hand-typed shorthand reach plans already listed: each moves to the front.
    store.getState().navigate('/plan/v1/vector-basics');
    store.getState().navigate('/plan/matrices');
    expect(store.getState().recentPlans).toEqual(['/plan/v1/matrices', '/plan/v1/vectors', '/plan/v1/chain-rule?k=derivatives']);
    expect(stored()).toEqual(store.getState().recentPlans);
  });

  it('keep the last five, and only plans that work', () => {
    const store = makeStore();
    for (const id of ['vectors', 'matrices', 'derivatives', 'chain-rule', 'linear-regression', 'backpropagation']) {
      store.getState().navigate(`/plan/v1/${id}`);
    }
    store.getState().navigate('/plan/v1/no-such-concept');
    store.getState().navigate('/plan/v2/vectors');
    store.getState().navigate('/embed/plan/v1/gradient-descent');
    expect(store.getState().recentPlans).toEqual([
      '/plan/v1/backpropagation',
      '/plan/v1/linear-regression',
      '/plan/v1/chain-rule',
      '/plan/v1/derivatives',
      '/plan/v1/matrices',
    ]);
  });

  it('are read back on the next visit, and a visit elsewhere leaves the list as it is', () => {
    makeStore({ url: '/plan/v1/vectors' });
    const later = makeStore({ url: '/' });
    expect(later.getState().recentPlans).toEqual(['/plan/v1/vectors']);
    const before = later.getState().recentPlans;
    later.getState().navigate('/about');
    expect(later.getState().recentPlans).toBe(before);
  });

  it('record a plan reached by back and forward', async () => {
    const store = makeStore();
    const disconnect = connectWindow(store, window);
    store.getState().navigate('/plan/v1/vectors');
    store.getState().navigate('/plan/v1/matrices');
    const popped = new Promise((resolve) => window.addEventListener('popstate', resolve, { once: true }));
    window.history.back();
    await popped;
    expect(store.getState().recentPlans).toEqual(['/plan/v1/vectors', '/plan/v1/matrices']);
    disconnect();
  });

  it('keep plans another tab opened meanwhile', () => {
    const store = makeStore({ url: '/plan/v1/vectors' });
    makeStore({ url: '/plan/v1/matrices' });
    store.getState().navigate('/plan/v1/derivatives');
    expect(store.getState().recentPlans).toEqual(['/plan/v1/derivatives', '/plan/v1/matrices', '/plan/v1/vectors']);
  });

  it('keep sites under different bases apart', () => {
    window.history.replaceState(null, '', '/course/plan/v1/vectors');
    makeStore({ url: '/course/plan/v1/vectors', base: '/course' });
    expect(stored(`${RECENT_PLANS_KEY}@/course`)).toEqual(['/plan/v1/vectors']);
    expect(stored()).toBeNull();
    expect(makeStore({ url: '/' }).getState().recentPlans).toEqual([]);
  });

  it('read an unreadable stored value as no list, and keep only plan URLs', () => {
    localStorage.setItem(RECENT_PLANS_KEY, '{not json');
    expect(readRecentPlans(localStorage, '')).toEqual([]);
    localStorage.setItem(RECENT_PLANS_KEY, JSON.stringify({ a: 1 }));
    expect(readRecentPlans(localStorage, '')).toEqual([]);
    localStorage.setItem(RECENT_PLANS_KEY, JSON.stringify(['/plan/v1/a', 3, 'https://evil.example/', '/plan/v1/a', '/plan/v1/b']));
    expect(readRecentPlans(localStorage, '')).toEqual(['/plan/v1/a', '/plan/v1/b']);
  });

  it('stay in memory when storage refuses', () => {
    const refusing = {
      getItem: () => null,
      setItem: () => {
        throw new DOMException('full', 'QuotaExceededError');
      },
    } as unknown as Storage;
    const store = makeStore({ url: '/plan/v1/vectors', storage: refusing });
    store.getState().navigate('/plan/v1/matrices');
    expect(store.getState().recentPlans).toEqual(['/plan/v1/matrices', '/plan/v1/vectors']);
  });
});
