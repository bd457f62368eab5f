import type { IncomingMessage, ServerResponse } from 'node:http';
import { Writable } from 'node:stream';

/** What a middleware did with a request: answered it (status, headers, body) or passed it on. */
export interface MiddlewareResponse {
  readonly passed: boolean;
  /** What `next` was called with, when passed on (an error would make Vite answer 500). */
  readonly handedOn?: unknown;
  readonly status: number;
  readonly headers: Record<string, unknown>;
  readonly body: string;
}

type Middleware = (req: IncomingMessage, res: ServerResponse, next: (error?: unknown) => void) => void;

/** Runs `middleware` on a GET of `url` and collects the response, or notes that it passed it on. */
export function request(middleware: Middleware, url: string): Promise<MiddlewareResponse> {
  return new Promise((resolve) => {
    const headers: Record<string, unknown> = {};
    const chunks: Buffer[] = [];
    const res = new Writable({
      write(chunk, _encoding, done) {
        chunks.push(Buffer.from(chunk));
        done();
      },
    }) as unknown as ServerResponse & { statusCode: number };
    const answered = () => resolve({ passed: false, status: res.statusCode, headers, body: Buffer.concat(chunks).toString() });
    res.statusCode = 200;
    res.setHeader = ((name: string, value: unknown) => ((headers[name.toLowerCase()] = value), res)) as ServerResponse['setHeader'];
    const end = res.end.bind(res);
    res.end = ((chunk?: unknown) => {
      if (chunk) chunks.push(Buffer.from(chunk as string));
      end();
      answered();
      return res;
    }) as ServerResponse['end'];
    (res as unknown as Writable).on('finish', answered);
    middleware({ url, method: 'GET' } as IncomingMessage, res, (error?: unknown) =>
      resolve({ passed: true, handedOn: error, status: 0, headers, body: '' }),
    );
  });
}

/** The JSON a middleware answers `url` with (fails the test when it passes the request on). */
export async function requestJson<T = unknown>(middleware: Middleware, url: string): Promise<T> {
  const response = await request(middleware, url);
  if (response.passed) throw new Error(`${url} was passed on, not answered`);
  return JSON.parse(response.body) as T;
}
