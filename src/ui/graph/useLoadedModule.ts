import { useCallback, useSyncExternalStore } from 'react';

const loading = new Map<() => Promise<unknown>, Promise<unknown>>();
const loaded = new Map<() => Promise<unknown>, unknown>();
const listeners = new Set<() => void>();

/** Starts loading once per loader, remembers the result and tells whoever waits. */
function start(load: () => Promise<unknown>): void {
  if (loading.has(load)) return;
  loading.set(
    load,
    load().then((m) => {
      loaded.set(load, m);
      for (const listener of listeners) listener();
      return m;
    }),
  );
}

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => void listeners.delete(listener);
};

/**
 * A module loaded on first use (`load` is a stable `() => import(…)`), or `null` until it has
 * arrived. The request starts during the first render rather than after it, and the component
 * shows the moment its code is there: React holds back a `lazy` + `Suspense` reveal for a few
 * hundred milliseconds, which a graph that should paint within a second cannot spare. While a
 * prerendered page is hydrated it is `null`, as on the server, even if the code has arrived
 * meanwhile (hydration can pause and resume); React renders it right after.
 */
export function useLoadedModule<T>(load: () => Promise<T>): T | null {
  if (!loaded.has(load)) start(load);
  const current = useCallback(() => (loaded.get(load) as T | undefined) ?? null, [load]);
  return useSyncExternalStore(subscribe, current, () => null);
}
