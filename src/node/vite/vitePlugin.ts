import type { Plugin, ViteDevServer } from 'vite';
import { formatDiagnostic } from '../../core/diagnostics';
import { countDiagnostics, summariseDiagnostics } from '../../core/diagnostics';
import { CONTENT_UPDATE_EVENT, type ContentIndex } from '../../core/model';
import { buildContent } from './buildContent';
import { contentMiddleware } from './contentMiddleware';
import { createContentService, type ContentService, type ServiceUpdate } from '../dev/ContentService';
import { toContentUpdate } from '../../core/compile';
import { contentDir } from '../content/loadContent';
import { overlayError } from './overlayError';
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
 * when fixed. Build: emits every body as hashed JSON and every asset under `content/`, prints the
 * diagnostics, and fails on errors.
 */
export function contentPlugin(options: ContentPluginOptions = {}): Plugin {
  const dir = options.dir ?? contentDir();
  let service: ContentService | undefined;
  // Settles once the dev server's first read of the content is done.
  let started: Promise<unknown> = Promise.resolve();
  let built: ContentIndex | undefined;
  let serving = false;
  // The path the site is served under (Vite's `base`, such as `/course/`, as `/course`).
  let base = '';

  const index = (): ContentIndex =>
    built ??
    service?.index() ?? { site: { title: '', description: '' }, concepts: [], roadmaps: [], courses: [], diagnostics: [], bodies: {} };

  return {
    name: 'content',
    config(_config, { command }) {
      if (command !== 'build') return undefined;
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
        await started;
        // An empty source map: the module is generated data, and a map of it would repeat the
        // whole index in base64 (several times its size for a large content folder).
        return { code: `export const contentIndex = JSON.parse(${JSON.stringify(JSON.stringify(index()))});\n`, map: { mappings: '' } };
      }
      if (id === RESOLVED_CLIENT_ID) return CLIENT_CODE;
      return undefined;
    },
    transformIndexHtml: {
      order: 'pre',
      handler() {
        if (!serving) return [];
        return [{ tag: 'script', attrs: { type: 'module', src: `/@id/__x00__${CLIENT_ID}` }, injectTo: 'head' }];
      },
    },
    async buildStart() {
      if (serving) return;
      const content = await buildContent(dir, base);
      built = content.index;
      for (const file of content.files) this.emitFile({ type: 'asset', fileName: file.fileName, source: file.source });
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
      },
    },
    async configureServer(server) {
      const content = createContentService(dir, base);
      service = content;
      // Not awaited: Vite goes on starting (and listening) while the content is read.
      started = content.start();
      const middleware = contentMiddleware(content);
      server.middlewares.use((req, res, next) => void started.then(() => middleware(req, res, next), next));
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
  const showErrors = () => {
    const err = overlayError(service.dir, service.state().diagnostics);
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
  const analyse = () => {
    void service.analyseBodies().then((update) => update && publish(update));
  };

  server.watcher.add(service.dir);
  let pending = new Set<string>();
  let timer: NodeJS.Timeout | undefined;
  const onEvent = (file: string) => {
    if (!service.owns(file)) return;
    pending.add(file);
    // A rename arrives as unlink + add: a short pause handles both in one update.
    clearTimeout(timer);
    timer = setTimeout(async () => {
      if (
        !(await started.then(
          () => true,
          () => false,
        ))
      )
        return;
      const files = [...pending];
      pending = new Set();
      const update = await service.update(files);
      if (update) publish(update);
      analyse();
    }, 20);
  };
  server.watcher.on('add', onEvent).on('change', onEvent).on('unlink', onEvent);
  server.ws.on('connection', () => {
    if (hadErrors) showErrors();
  });
  started.then(
    () => {
      hadErrors = overlayError(service.dir, service.state().diagnostics) !== undefined;
      analyse();
    },
    () => {},
  );
}
