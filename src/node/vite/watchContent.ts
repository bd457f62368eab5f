import { join, relative } from 'node:path';
import type { ViteDevServer } from 'vite';
import { toContentUpdate } from '../../core/compile';
import { CONTENT_UPDATE_EVENT } from '../../core/model';
import type { ContentService, ServiceUpdate } from '../dev/ContentService';
import { createProblemReporter } from '../dev/ProblemReporter';
import { waitForFolder } from '../dev/waitForFolder';
import { missingFolderError, overlayError } from './overlayError';

/** The HMR event that closes Vite's error overlay once the content errors are fixed. */
export const CLEAR_OVERLAY_EVENT = 'content:clear-overlay';

/**
 * Wires the file watcher to the service, the `content:update` event and the error overlay. The
 * watcher starts at once, so a file saved while the folder is first read is not missed; its
 * update waits until that read (`started`) is done. `moduleId` is the content module's resolved
 * id, invalidated on each update.
 */
export function watchContent(server: ViteDevServer, service: ContentService, started: Promise<unknown>, moduleId: string): void {
  let hadErrors = false;
  const currentError = () => (service.missing() ? missingFolderError(service.dir) : overlayError(service.dir, service.state().diagnostics));
  const showErrors = () => {
    const err = currentError();
    if (err) server.ws.send({ type: 'error', err });
    else if (hadErrors) server.ws.send({ type: 'custom', event: CLEAR_OVERLAY_EVENT });
    hadErrors = err !== undefined;
  };
  const publish = (update: ServiceUpdate) => {
    const module = server.environments.client.moduleGraph.getModuleById(moduleId);
    if (module) server.environments.client.moduleGraph.invalidateModule(module);
    const { metadataChanged, ...indexUpdate } = update;
    server.ws.send({ type: 'custom', event: CONTENT_UPDATE_EVENT, data: toContentUpdate(indexUpdate, metadataChanged) });
    showErrors();
  };
  const reporter = createProblemReporter(server.config.logger, (file) => relative(process.cwd(), join(service.dir, file)) || file);
  let stopWaiting: (() => void) | undefined;
  server.httpServer?.once('close', () => stopWaiting?.());
  const report = () => {
    // An update under way reports when its own analysis is done.
    if (flushes > 0) return;
    if (!service.missing()) return reporter.problems(service.state().diagnostics);
    reporter.missing(service.dir);
    // A watcher may miss a deleted folder's return (its parent may have gone too): look for it.
    stopWaiting ??= waitForFolder(service.dir, () => {
      stopWaiting = undefined;
      server.watcher.add(service.dir);
      onEvent(service.dir);
    });
  };
  // Reports once the background analysis is done, so one edit makes at most one terminal line.
  const analyse = () => {
    void service.analyseBodies().then((update) => {
      if (update) publish(update);
      report();
    });
  };

  server.watcher.add(service.dir);
  let pending = new Set<string>();
  let timer: NodeJS.Timeout | undefined;
  // Updates run one after another: a folder read again whole must not interleave with a file's
  // update, nor be reported half read (`flushes` counts the update under way).
  let flushing: Promise<unknown> = Promise.resolve();
  let flushes = 0;
  const flush = async () => {
    if (
      !(await started.then(
        () => true,
        () => false,
      ))
    )
      return;
    const files = [...pending];
    pending = new Set();
    flushes++;
    try {
      const update = await service.update(files);
      if (update) publish(update);
    } finally {
      flushes--;
    }
    analyse();
  };
  const onEvent = (file: string) => {
    // The folder itself too: deleted or created, the service reads it again whole.
    if (!service.owns(file) && file !== service.dir) return;
    pending.add(file);
    // A rename arrives as unlink + add: a short pause handles both in one update.
    clearTimeout(timer);
    timer = setTimeout(() => {
      flushing = flushing
        .then(flush)
        .catch((error: unknown) => server.config.logger.error(`content: could not update: ${String(error)}`, { timestamp: true }));
    }, 20);
  };
  server.watcher.on('add', onEvent).on('change', onEvent).on('unlink', onEvent);
  server.watcher.on('addDir', onEvent).on('unlinkDir', onEvent);
  server.ws.on('connection', () => {
    if (hadErrors) showErrors();
  });
  started.then(
    () => {
      hadErrors = currentError() !== undefined;
      analyse();
    },
    () => {},
  );
}
