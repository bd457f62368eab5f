import type { Logger, Plugin, ViteDevServer } from 'vite';
import { formatDiagnostic } from '../../core/diagnostics';
import { countDiagnostics, summariseDiagnostics } from '../../core/diagnostics';
import { CONTENT_UPDATE_EVENT, type ContentIndex } from '../../core/model';
import { buildContent, type BuiltContent } from './buildContent';
import { contentMiddleware } from './contentMiddleware';
import { refuseLinkedPaths } from '../dev/refuseLinkedPaths';
import { createContentService, type ContentService, type ServiceUpdate } from '../dev/ContentService';
import { toContentUpdate } from '../../core/compile';
import { contentDir } from '../content/loadContent';
import { missingFolderError, overlayError } from './overlayError';
import { contentBuildError } from './contentBuildError';
import { siteFiles } from './siteFiles';
import { withSiteHead } from '../../core/site';
import { createProblemReporter } from '../dev/ProblemReporter';
import { waitForFolder } from '../dev/waitForFolder';
import { toBasePath } from '../../core/route';
import { relative, join } from 'node:path';

/** Options of `contentPlugin`. */
export interface ContentPluginOptions {
  /** The content folder; default `CONTENT_DIR` or `./content`. */
  readonly dir?: string;
}

const MODULE_ID = 'virtual:content';
const RESOLVED_ID = '\0virtual:content';
const CLIENT_ID = 'virtual:content-client';
const RESOLVED_CLIENT_ID = '\0virtual:content-client';

/** Custom HMR events the dev server sends. */
export { CONTENT_UPDATE_EVENT };
export const CLEAR_OVERLAY_EVENT = 'content:clear-overlay';

// Injected into the page in dev: closes Vite's error overlay once the content errors are fixed
// (Vite itself only clears it on a module update, and content changes are not module updates).
const CLIENT_CODE = `if (import.meta.hot) {
  import.meta.hot.on(${JSON.stringify(CLEAR_OVERLAY_EVENT)}, () => {
    document.querySelectorAll('vite-error-overlay').forEach((overlay) => overlay.close());
  });
}
`;

/**
 * Compiles the content folder for the app. Serves `virtual:content` (export `contentIndex`: the
 * metadata index, without bodies). Dev: the content is read while Vite starts (the server listens
 * at once; the content module and body requests wait until the graph is ready); bodies are
 * rendered on request; a saved, added, renamed or deleted file re-reads only that file and pushes
 * a `content:update` event (no page reload); content errors show in Vite's overlay and clear
 * when fixed; the terminal gets one line each time the content's problems change, and a missing
 * folder is reported, then picked up when it appears. Build: emits every body as hashed JSON and
 * every asset under `content/`, prints the diagnostics, and fails on errors with a short message.
 */
export function contentPlugin(options: ContentPluginOptions = {}): Plugin {
  const dir = options.dir ?? contentDir();
  let service: ContentService | undefined;
  // Settles once the dev server's first read of the content is done.
  let started: Promise<unknown> = Promise.resolve();
  let built: ContentIndex | undefined;
  // A build's content, compiled and reported before Rolldown starts (`buildApp`).
  let prepared: Promise<BuiltContent> | undefined;
  let logger: Logger | undefined;
  let serving = false;
  // The path the site is served under (Vite's `base`, such as `/course/`, as `/course`).
  let base = '';

  const index = (): ContentIndex =>
    built ??
    service?.index() ?? { site: { title: '', description: '' }, concepts: [], roadmaps: [], courses: [], diagnostics: [], bodies: {} };

  return {
    name: 'content',
    config(_config, { command }) {
      // Symbolic links in the content folder are reported, never read: the watcher must not
      // follow them either (two that loop would make it grow without end).
      if (command !== 'build') return { server: { watch: { followSymlinks: false } } };
      // The content index gets a chunk of its own: a content edit then changes that file only,
      // and learners' browsers keep the cached code (and the reverse after a code change).
      return {
        build: {
          rolldownOptions: {
            output: { codeSplitting: { groups: [{ name: 'content', test: (id: string) => id === RESOLVED_ID }] } },
          },
        },
      };
    },
    configResolved(config) {
      serving = config.command === 'serve';
      logger = config.logger;
      const path = toBasePath(config.base);
      if (path === undefined) {
        throw new Error(
          `content: expected Vite's \`base\` to be an absolute path such as \`/\` or \`/course/\`, found \`${config.base}\`; page addresses like \`/concepts/<id>\` need one.`,
        );
      }
      base = path;
    },
    resolveId(id) {
      if (id === MODULE_ID) return RESOLVED_ID;
      if (id === CLIENT_ID) return RESOLVED_CLIENT_ID;
      return undefined;
    },
    async load(id) {
      if (id === RESOLVED_ID) {
        // A failed first read was logged; the app then opens with no content rather than an HTTP 500.
        await started.catch(() => undefined);
        // An empty source map: the module is generated data, and a map of it would repeat the
        // whole index in base64 (several times its size for a large content folder).
        return { code: `export const contentIndex = JSON.parse(${JSON.stringify(JSON.stringify(index()))});\n`, map: { mappings: '' } };
      }
      if (id === RESOLVED_CLIENT_ID) return CLIENT_CODE;
      return undefined;
    },
    transformIndexHtml: {
      order: 'pre',
      handler(html) {
        // The built page carries the site's own title, description and link-preview tags.
        if (!serving) return built ? withSiteHead(html, built.site) : html;
        return [{ tag: 'script', attrs: { type: 'module', src: `/@id/__x00__${CLIENT_ID}` }, injectTo: 'head' }];
      },
    },
    buildApp: {
      order: 'pre',
      async handler() {
        // Checked before Rolldown starts: an error thrown from a build hook reaches the terminal
        // wrapped in Rolldown's stack trace; thrown from here, Vite prints what it says.
        prepared = buildContent(dir, base);
        const { diagnostics } = (await prepared).result;
        const pathOf = (file: string) => relative(process.cwd(), join(dir, file)) || file;
        const lines = diagnostics.map((d) => formatDiagnostic(d, pathOf(d.file)));
        const counts = countDiagnostics(diagnostics);
        if (counts.errors > 0) {
          logger?.error(lines.join('\n'));
          throw contentBuildError(`✖ content has ${summariseDiagnostics(counts)}; the build stopped: fix the errors above.`);
        }
        if (counts.warnings > 0) logger?.warn(`${lines.join('\n')}\n⚠ content has ${summariseDiagnostics(counts)}`);
      },
    },
    async buildStart() {
      if (serving) return;
      // `buildApp` has compiled and reported the content (`vite build`); a build started otherwise,
      // or rebuilt by `--watch`, compiles it here.
      const reported = prepared !== undefined;
      const content = await (prepared ?? buildContent(dir, base));
      prepared = undefined;
      built = content.index;
      for (const file of content.files) this.emitFile({ type: 'asset', fileName: file.fileName, source: file.source });
      if (reported) return;
      const { diagnostics } = content.result;
      const pathOf = (file: string) => relative(process.cwd(), join(dir, file)) || file;
      const lines = diagnostics.map((d) => formatDiagnostic(d, pathOf(d.file)));
      const counts = countDiagnostics(diagnostics);
      if (counts.errors > 0) this.error(`content has ${summariseDiagnostics(counts)}:\n${lines.join('\n')}`);
      if (counts.warnings > 0) this.warn(`content has ${summariseDiagnostics(counts)}:\n${lines.join('\n')}`);
    },
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        // Static hosts such as GitHub Pages answer an unknown path with `404.html`: as a copy of
        // the app, it opens the page a shared plan or concept link names instead of an error.
        const page = bundle['index.html'];
        if (page?.type === 'asset') this.emitFile({ type: 'asset', fileName: '404.html', source: page.source });
        if (!built) return;
        const { files, missing } = siteFiles(built, base);
        for (const file of files) this.emitFile({ type: 'asset', ...file });
        if (missing) logger?.warn(`content: ${missing}`);
      },
    },
    async configureServer(server) {
      const content = createContentService(dir, base);
      service = content;
      // Not awaited: Vite goes on starting (and listening) while the content is read.
      started = content.start();
      const middleware = refuseLinkedPaths(content, contentMiddleware(content));
      server.middlewares.use((req, res, next) => {
        const serve = () => middleware(req, res, next);
        void started.then(serve, serve);
      });
      started.catch((error: unknown) => server.config.logger.error(`content: could not read ${dir}: ${String(error)}`));
      watchContent(server, content, started);
    },
    hotUpdate(ctx) {
      // Content files are compiled by this plugin, not imported: keep Vite from reacting to them.
      if (service?.owns(ctx.file)) return [];
      return undefined;
    },
  };
}

/**
 * Wires the file watcher to the service, the `content:update` event and the error overlay. The
 * watcher starts at once, so a file saved while the folder is first read is not missed; its
 * update waits until that read (`started`) is done.
 */
function watchContent(server: ViteDevServer, service: ContentService, started: Promise<unknown>): void {
  let hadErrors = false;
  const currentError = () => (service.missing() ? missingFolderError(service.dir) : overlayError(service.dir, service.state().diagnostics));
  const showErrors = () => {
    const err = currentError();
    if (err) server.ws.send({ type: 'error', err });
    else if (hadErrors) server.ws.send({ type: 'custom', event: CLEAR_OVERLAY_EVENT });
    hadErrors = err !== undefined;
  };
  const publish = (update: ServiceUpdate) => {
    const module = server.environments.client.moduleGraph.getModuleById(RESOLVED_ID);
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
