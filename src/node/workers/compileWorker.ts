import { parentPort } from 'node:worker_threads';
import { createLinkResolver, type LinkResolver, type ResolverTable } from '../../core/links';
import { renderBody, type BodyRender, type BodySource } from '../../core/markdown';

/** Messages from the main thread: the content table once, then batches of bodies to render. */
export type WorkerRequest =
  | { readonly type: 'init'; readonly table: ResolverTable }
  | { readonly type: 'render'; readonly items: readonly { readonly key: string; readonly source: BodySource }[] };

/** A rendered batch, or a failure (a bug: author input never throws). */
export type WorkerReply =
  | { readonly type: 'done'; readonly results: readonly { readonly key: string; readonly render: BodyRender }[] }
  | { readonly type: 'failed'; readonly message: string };

// Renders bodies for `compileParallel`: the same `renderBody` as the main thread, against a
// resolver rebuilt from the same table, so results are identical to a one-thread compile.
let resolver: LinkResolver | undefined;
parentPort?.on('message', (request: WorkerRequest) => {
  try {
    if (request.type === 'init') {
      resolver = createLinkResolver(request.table);
      return;
    }
    const results = request.items.map(({ key, source }) => ({ key, render: renderBody(source, resolver!) }));
    parentPort!.postMessage({ type: 'done', results } satisfies WorkerReply);
  } catch (error) {
    parentPort!.postMessage({
      type: 'failed',
      message: error instanceof Error ? (error.stack ?? error.message) : String(error),
    } satisfies WorkerReply);
  }
});
