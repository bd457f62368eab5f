import { useEffect, useMemo, useState } from 'react';
import type { Layout, LayoutOptions } from '../../core/layout';
import { layoutDag } from '../../core/layout';
import type { GraphData } from './GraphData';
import type { LayoutRequest } from './layoutWorker';
import { nodeWidth } from './nodeWidth';

/** Above this many nodes the layout runs in a Web Worker (tens of ms below it, hundreds above). */
export const WORKER_THRESHOLD = 500;

/** A layout together with the data it was computed for, so indices always match. */
export interface LaidOutGraph {
  readonly data: GraphData;
  readonly layout: Layout;
}

let worker: Worker | null | undefined;
let nextRequest = 1;

/** The shared layout worker, created on first need; `null` where workers are unavailable. */
function layoutWorker(): Worker | null {
  if (worker !== undefined) return worker;
  try {
    worker = typeof Worker === 'undefined' ? null : new Worker(new URL('./layoutWorker.ts', import.meta.url), { type: 'module' });
  } catch {
    worker = null;
  }
  return worker;
}

function inputOf(data: GraphData): LayoutRequest['input'] {
  return { nodeCount: data.nodes.length, edges: data.edges, widths: data.nodes.map(nodeWidth) };
}

/**
 * Lays out `data`: synchronously for small graphs, in the layout worker for large ones (falling
 * back to the main thread if the worker fails). Returns `null` until the first layout is ready;
 * while a newer one is computed the previous result stays on screen.
 */
export function useGraphLayout(data: GraphData, options: Partial<LayoutOptions> = {}): LaidOutGraph | null {
  const key = JSON.stringify(options);
  const small = data.nodes.length <= WORKER_THRESHOLD;
  // eslint-disable-next-line react-hooks/exhaustive-deps -- `key` stands for `options`.
  const sync = useMemo(() => (small ? { data, layout: layoutDag(inputOf(data), options) } : null), [data, small, key]);
  const [async, setAsync] = useState<LaidOutGraph | null>(null);

  useEffect(() => {
    if (small) return;
    let live = true;
    const id = nextRequest++;
    const fallback = (): void => {
      if (live) setAsync({ data, layout: layoutDag(inputOf(data), options) });
    };
    const w = layoutWorker();
    if (!w) {
      const timer = setTimeout(fallback, 0);
      return () => {
        live = false;
        clearTimeout(timer);
      };
    }
    const onMessage = (event: MessageEvent<{ id: number; layout: Layout }>): void => {
      if (event.data.id === id && live) setAsync({ data, layout: event.data.layout });
    };
    w.addEventListener('message', onMessage);
    w.addEventListener('error', fallback);
    const request: LayoutRequest = { id, input: inputOf(data), options };
    w.postMessage(request);
    return () => {
      live = false;
      w.removeEventListener('message', onMessage);
      w.removeEventListener('error', fallback);
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `key` stands for `options`.
  }, [data, small, key]);

  return small ? sync : async;
}
