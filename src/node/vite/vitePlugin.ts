import type { Logger, Plugin } from 'vite';
import { formatDiagnostic } from '../../core/diagnostics';
import { countDiagnostics, summariseDiagnostics } from '../../core/diagnostics';
import { CONTENT_UPDATE_EVENT, type ContentIndex } from '../../core/model';
import { buildContent, type BuiltContent } from './buildContent';
import { contentMiddleware } from './contentMiddleware';
import { refuseLinkedPaths } from '../dev/refuseLinkedPaths';
import { createContentService, type ContentService } from '../dev/ContentService';
import { contentDir } from '../content/loadContent';
import { contentBuildError } from './contentBuildError';
import { siteFiles } from './siteFiles';
import { withSiteHead } from '../../core/site';
import { toBasePath } from '../../core/route';
import { relative, join, resolve } from 'node:path';
import { prerenderSite } from '../prerender/prerenderSite';
import { staticHostFallback } from './staticHostFallback';
import { CLEAR_OVERLAY_EVENT, watchContent } from './watchContent';

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
export { CLEAR_OVERLAY_EVENT };

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
  // The whole built content, for sitemap and prerendering.
  let content: BuiltContent | undefined;
  // A build's content, compiled and reported before Rolldown starts (`buildApp`).
  let prepared: Promise<BuiltContent> | undefined;
  let logger: Logger | undefined;
  let serving = false;
  // The path the site is served under (Vite's `base`, such as `/course/`, as `/course`).
  let base = '';

  const index = (): ContentIndex =>
    built ??
    service?.index() ?? {
      site: { title: '', description: '' },
      roadmaps: [],
      courses: [],
      diagnostics: [],
      bodies: {},
      graph: '',
      search: '',
      conceptData: '',
      roadmapPlans: {},
    };

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
      async handler(builder) {
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
        // The app first, then a page of HTML for every page that exists at build time, made from it.
        const client = builder.environments.client;
        if (!client) return;
        await builder.build(client);
        if (!content) return;
        const outDir = resolve(client.config.root, client.config.build.outDir);
        const done = await prerenderSite(client.config.root, outDir, content, base);
        logger?.info(`content: prerendered ${done.pages} pages in ${(done.ms / 1000).toFixed(1)} s`);
      },
    },
    async buildStart() {
      if (serving) return;
      // `buildApp` has compiled and reported the content (`vite build`); a build started otherwise,
      // or rebuilt by `--watch`, compiles it here.
      const reported = prepared !== undefined;
      const compiled = await (prepared ?? buildContent(dir, base));
      prepared = undefined;
      content = compiled;
      built = compiled.index;
      for (const file of compiled.files) this.emitFile({ type: 'asset', fileName: file.fileName, source: file.source });
      if (reported) return;
      const { diagnostics } = compiled.result;
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
        if (!content) return;
        const { files, missing } = siteFiles({ ...built, concepts: content.result.concepts }, base);
        for (const file of files) this.emitFile({ type: 'asset', ...file });
        if (missing) logger?.warn(`content: ${missing}`);
      },
    },
    configurePreviewServer(server) {
      server.middlewares.use(staticHostFallback(resolve(server.config.root, server.config.build.outDir), base));
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
      watchContent(server, content, started, RESOLVED_ID);
    },
    hotUpdate(ctx) {
      // Content files are compiled by this plugin, not imported: keep Vite from reacting to them.
      if (service?.owns(ctx.file)) return [];
      return undefined;
    },
  };
}
