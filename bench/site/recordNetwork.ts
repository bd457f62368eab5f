import type { CDPSession } from 'playwright-core';
import type { FinishedRequest } from './bytesBefore';

/** The requests a page has finished so far, and the bytes of those sent since `mark()`. */
export interface NetworkRecord {
  readonly finished: readonly FinishedRequest[];
  /** Starts counting requests sent from now on. */
  mark(): void;
  /** Bytes received for the requests sent since the last `mark()` that have finished. */
  bytesSinceMark(): number;
}

/**
 * Records every request the page behind `cdp` finishes, with the bytes the network received for it
 * (`encodedDataLength`: the gzip body and the headers) and when, on the page's epoch clock (CDP
 * stamps events on a monotonic clock; `requestWillBeSent` gives both, which relates the two).
 */
export async function recordNetwork(cdp: CDPSession): Promise<NetworkRecord> {
  const finished: FinishedRequest[] = [];
  const sentAfterMark = new Set<string>();
  let counting = false;
  let offset: number | undefined;
  cdp.on('Network.requestWillBeSent', (e) => {
    offset ??= e.wallTime - e.timestamp;
    if (counting) sentAfterMark.add(e.requestId);
  });
  const marked = new Map<string, number>();
  cdp.on('Network.loadingFinished', (e) => {
    finished.push({ at: (e.timestamp + (offset ?? 0)) * 1000, bytes: e.encodedDataLength });
    if (sentAfterMark.has(e.requestId)) marked.set(e.requestId, e.encodedDataLength);
  });
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  return {
    finished,
    mark() {
      counting = true;
      sentAfterMark.clear();
      marked.clear();
    },
    bytesSinceMark: () => [...marked.values()].reduce((a, b) => a + b, 0),
  };
}
