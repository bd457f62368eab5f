import { useEffect, useState } from 'react';

const loading = new Map<() => Promise<unknown>, Promise<unknown>>();
const loaded = new Map<() => Promise<unknown>, unknown>();

/** Starts loading once per loader and remembers the result. */
function start<T>(load: () => Promise<T>): Promise<T> {
  let promise = loading.get(load) as Promise<T> | undefined;
  if (!promise) {
    promise = load().then((m) => {
      loaded.set(load, m);
      return m;
    });
    loading.set(load, promise);
  }
  return promise;
}

/**
 * A module loaded on first use (`load` is a stable `() => import(…)`), or `null` until it has
 * arrived. The request starts during the first render rather than after it, and the component
 * shows the moment its code is there: React holds back a `lazy` + `Suspense` reveal for a few
 * hundred milliseconds, which a graph that should paint within a second cannot spare.
 */
export function useLoadedModule<T>(load: () => Promise<T>): T | null {
  const pending = loaded.has(load) ? null : start(load);
  const [module, setModule] = useState<T | null>(() => (loaded.get(load) as T | undefined) ?? null);
  useEffect(() => {
    if (module || !pending) return;
    let live = true;
    void pending.then((m) => live && setModule(() => m));
    return () => {
      live = false;
    };
  }, [module, pending]);
  return module ?? (loaded.get(load) as T | undefined) ?? null;
}
