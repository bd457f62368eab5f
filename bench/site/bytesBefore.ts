/** A request as the network saw it finish (CDP `Network.loadingFinished`). */
export interface FinishedRequest {
  /** When it finished, in milliseconds since the epoch. */
  readonly at: number;
  /** Bytes received: encoded (gzip) body plus headers. */
  readonly bytes: number;
}

/** Bytes of the requests that finished at or before `moment` (milliseconds since the epoch). */
export function bytesBefore(requests: readonly FinishedRequest[], moment: number): number {
  let total = 0;
  for (const r of requests) if (r.at <= moment) total += r.bytes;
  return total;
}
