import { stat } from 'node:fs/promises';
import { isAbsolute, relative, resolve } from 'node:path';
import type { ConceptData, ContentIndex, IndexUpdate } from '../../core/model';
import { encodeGraph, toConceptNode, type GraphData } from '../../core/graph';
import { conceptStatsCounter } from '../../core/planner';
import { buildSearchData, type SearchData } from '../../core/search';
import { splitFrontMatter } from '../../core/frontmatter';
import type { RenderedBody } from '../../core/model';
import {
  conceptDataOf,
  createContentCompiler,
  graphConcepts,
  roadmapPlans,
  type ContentCompiler,
  type CheckedContent,
} from '../../core/compile';
import type { ConceptGraph } from '../../core/graph';
import { scanContentDir, type ContentDirScan } from '../content/scanContentDir';
import { toContentPath } from '../content/toContentPath';
import { streamContent } from '../content/streamContent';
import { readContentFile } from '../content/readContentFile.mjs';
import { isSymlink, symlinkFile } from '../content/symlinkFile';

const CONTENT_FILE = /\.(md|ya?ml)$/;

/**
 * The dev server's view of the content folder: front-matter first (the graph is ready without
 * parsing any body), bodies rendered when requested and cached, and one method the file watcher
 * calls with changed paths. Body URLs carry a per-body version that changes whenever the body's
 * HTML may have changed, so a client that caches by URL refetches exactly what changed.
 */
export interface ContentService {
  readonly dir: string;
  /** The path the site is served under (`/course`; empty at the root). */
  readonly base: string;
  /**
   * Reads the whole folder; resolves once the concept graph is ready (front-matter only). The
   * index, which also needs the links in roadmap bodies, is built on the first `index()` call.
   * A missing folder is not a failure: the content is empty and `missing()` says why.
   */
  start(): Promise<ConceptGraph>;
  /** True while the content folder does not exist (or is not a folder). */
  missing(): boolean;
  /** The current index (call `start` first). */
  index(): ContentIndex;
  /** The current compiled state (graph, resolver, diagnostics). */
  state(): CheckedContent;
  /** True when `absPath` is inside the content folder. */
  owns(absPath: string): boolean;
  /**
   * Re-reads the given files (missing ones count as deleted); null when nothing changed. When the
   * folder itself has disappeared or reappeared since, the whole folder is read again instead.
   * `metadataChanged` is false when only bodies changed (the prose of concepts or courses, not
   * their front-matter), so that only body URLs and diagnostics differ from the last index.
   */
  update(absPaths: readonly string[]): Promise<ServiceUpdate | null>;
  /** A rendered body by key, or undefined for an unknown key. */
  body(key: string): RenderedBody | undefined;
  /** A concept's data file (its id, not an alias), or undefined for an unknown id. */
  conceptData(id: string): ConceptData | undefined;
  /** The graph file's contents for the current content. */
  graphData(): GraphData;
  /** The search index file's contents for the current content. */
  searchData(): SearchData;
  /** True when `path` (content-relative) is an asset that exists. */
  hasAsset(path: string): boolean;
  /**
   * Renders not-yet-analysed bodies a few at a time so their diagnostics (broken links, unsafe
   * HTML) arrive without blocking the server; resolves with an update if diagnostics changed.
   */
  analyseBodies(budgetMs?: number): Promise<ServiceUpdate | null>;
}

/** A new index, and whether anything but body URLs and diagnostics changed. */
export type ServiceUpdate = IndexUpdate & { readonly metadataChanged: boolean };

// Bodies that feed no metadata: a roadmap's body says which concepts it covers, so it does.
const PROSE_FILE = /^(?:concepts|courses)\/[^/]+\.md$/;

/** The file up to where its body starts: fences and front-matter. */
function headOf(text: string): string {
  return text.slice(0, text.length - splitFrontMatter(text).body.length);
}

const isFolder = (path: string) =>
  stat(path).then(
    (s) => s.isDirectory(),
    () => false,
  );

/** Creates the service for content folder `dir`; links and body URLs start with `base`. */
export function createContentService(dir: string, base = ''): ContentService {
  const root = resolve(dir);
  let compiler: ContentCompiler = createContentCompiler([], { base });
  let assetSet = new Set<string>();
  // Per-body versions in the URLs: bumped whenever the body's HTML may have changed.
  const versions = new Map<string, number>();
  let version = 0;
  let current: ContentIndex | undefined;
  let missing = false;

  let bodies: Record<string, string> = {};
  let bodyKeys: readonly string[] | undefined;
  let proseKeys: { of?: readonly string[]; keys: readonly string[] } = { keys: [] };
  const url = (key: string) => `${base}/content/${key}.v${versions.get(key)!.toString(36)}.json`;
  const buildIndex = (changed: ReadonlySet<string>, metadataChanged = true): ContentIndex => {
    const { site, roadmaps, courses, diagnostics } = compiler.state();
    const keys = compiler.bodyKeys();
    for (const key of changed) versions.set(key, ++version);
    if (keys !== bodyKeys) {
      // Files were added or removed: rebuild the map (new keys get a first version).
      bodyKeys = keys;
      bodies = {};
      for (const key of keys) {
        if (!versions.has(key)) versions.set(key, ++version);
        bodies[key] = url(key);
      }
      for (const key of versions.keys()) if (!(key in bodies)) versions.delete(key);
    } else if (changed.size > 0) {
      bodies = { ...bodies };
      for (const key of changed) if (key in bodies) bodies[key] = url(key);
    }
    // Concept bodies travel in concepts' data files; the index keeps only roadmaps' and courses'
    // (found again only when files come or go: a save in a large folder must not scan them all).
    if (proseKeys.of !== keys) proseKeys = { of: keys, keys: keys.filter((key) => !key.startsWith('concepts/')) };
    const shown = Object.fromEntries(proseKeys.keys.map((key) => [key, bodies[key]!]));
    const { graph } = compiler.state();
    // A prose-only edit makes a new graph object with the same metadata: the URLs stay, so clients keep their copies.
    if (graph !== published.graph) published = { graph, version: published.version + (metadataChanged ? 1 : 0) };
    const v = published.version.toString(36);
    return {
      site,
      roadmaps,
      courses,
      diagnostics,
      bodies: shown,
      graph: `${base}/content/graph.json?v=${v}`,
      search: `${base}/content/search.json?v=${v}`,
      conceptData: `${base}/content/concepts/`,
      roadmapPlans: plansFor(graph, roadmaps),
    };
  };
  // Roadmap plan sizes change only with metadata (a new graph version) or the roadmaps' own links.
  let plans: { version: number; roadmaps: unknown; value: ContentIndex['roadmapPlans'] } | undefined;
  const plansFor = (graph: ConceptGraph, roadmaps: CheckedContent['roadmaps']) => {
    if (plans?.version !== published.version || plans.roadmaps !== roadmaps)
      plans = { version: published.version, roadmaps, value: roadmapPlans(graph, roadmaps) };
    return plans.value;
  };
  // The graph the index's `graph` and `search` URLs were last versioned for, and derived files of it.
  let published: { graph?: unknown; version: number } = { version: 0 };
  const derived = <T>(make: (content: CheckedContent) => T) => {
    let memo: { graph: unknown; value: T } | undefined;
    return (): T => {
      const content = compiler.state();
      if (memo?.graph !== content.graph) memo = { graph: content.graph, value: make(content) };
      return memo.value;
    };
  };
  // Keyed by the graph, which metadata changes replace; the published concepts come with it.
  const publishedConcepts = derived((content) => graphConcepts(content));
  const graphData = derived(() => encodeGraph(publishedConcepts().map(toConceptNode)));
  const searchData = derived(() => buildSearchData(publishedConcepts()));
  const statsOf = derived((content) => conceptStatsCounter(content.graph));
  // The diagnostics last handed out, so background analysis speaks only when it finds news.
  let reported: readonly unknown[] = [];
  const refresh = (changed: Iterable<string>, metadataChanged: boolean): ServiceUpdate => {
    const keys = new Set(changed);
    for (const key of compiler.takeStaleBodies()) keys.add(key);
    current = buildIndex(keys, metadataChanged);
    reported = current.diagnostics;
    return { index: current, changed: [...keys].sort(), metadataChanged };
  };
  const signature = (diagnostics: readonly unknown[]) => JSON.stringify(diagnostics);
  const index = (): ContentIndex => {
    if (!current) {
      current = buildIndex(new Set());
      reported = current.diagnostics;
    }
    return current;
  };

  const read = async (): Promise<void> => {
    let scan: ContentDirScan = { files: [], assets: [] };
    const stream = streamContent(root, () => (scan = scanContentDir(root)).files);
    compiler = createContentCompiler(scan.assets, { base });
    assetSet = new Set(scan.assets);
    for await (const batch of stream) for (const file of batch) compiler.setFile(file);
  };
  const start = async (): Promise<ConceptGraph> => {
    missing = !(await isFolder(root));
    try {
      if (!missing) await read();
    } catch (error) {
      // Deleted while being read: the same as missing; anything else is a real failure.
      if (await isFolder(root)) throw error;
      missing = true;
    }
    if (missing) {
      compiler = createContentCompiler([], { base });
      assetSet = new Set();
    }
    current = undefined;
    return compiler.concepts().graph;
  };
  // The folder appeared or disappeared: read it whole; every body, old and new, has changed.
  const restart = async (): Promise<ServiceUpdate> => {
    const before = compiler.bodyKeys();
    await start();
    return refresh([...before, ...compiler.bodyKeys()], true);
  };

  return {
    dir: root,
    base,
    start,
    missing: () => missing,
    index,
    state: () => compiler.state(),
    owns(absPath) {
      const rel = relative(root, absPath);
      return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel);
    },
    async update(absPaths) {
      if ((await isFolder(root)) === missing) return restart();
      const changed: string[] = [];
      let assetsChanged = false;
      let metadataChanged = false;
      for (const abs of absPaths) {
        if (!this.owns(abs)) continue;
        const path = toContentPath(root, abs);
        if (path.split('/').some((part) => part.startsWith('.'))) continue;
        // A symbolic link, whatever its name, is reported: never read, listed or served.
        if (await isSymlink(abs)) {
          const wasAsset = assetSet.delete(path);
          if (wasAsset) compiler.setAssets([...assetSet].sort());
          if (!compiler.setFile(symlinkFile(root, abs)) && !wasAsset) continue;
          if (CONTENT_FILE.test(path)) changed.push(path.replace(/\.md$/, ''));
          assetsChanged = true;
          continue;
        }
        if (CONTENT_FILE.test(path)) {
          const read = readContentFile(abs);
          const text = read?.text;
          const before = compiler.text(path);
          const didChange = read === undefined ? compiler.deleteFile(path) : compiler.setFile({ path, ...read });
          if (!didChange) continue;
          changed.push(path.replace(/\.md$/, ''));
          const proseOnly = text !== undefined && before !== undefined && PROSE_FILE.test(path) && headOf(before) === headOf(text);
          if (!proseOnly) metadataChanged = true;
          continue;
        }
        // No longer a symbolic link: its report goes.
        if (compiler.deleteFile(path)) assetsChanged = true;
        const exists = await stat(abs).then(
          (s) => s.isFile(),
          () => false,
        );
        if (exists === assetSet.has(path)) continue;
        if (exists) assetSet.add(path);
        else assetSet.delete(path);
        compiler.setAssets([...assetSet].sort());
        assetsChanged = true;
      }
      if (changed.length === 0 && !assetsChanged) return null;
      return refresh(changed, metadataChanged || assetsChanged);
    },
    body: (key) => compiler.renderBody(key),
    conceptData(id) {
      const { graph } = compiler.state();
      const i = graph.index.get(id);
      if (i === undefined || graph.ids[i] !== id) return undefined;
      return conceptDataOf(graph, publishedConcepts(), i, compiler.renderBody(`concepts/${id}`), statsOf()(i));
    },
    graphData,
    searchData,
    hasAsset: (path) => assetSet.has(path),
    async analyseBodies(budgetMs = 15) {
      index();
      const queue = compiler.unanalysed();
      while (queue.length > 0) {
        const sliceEnd = performance.now() + budgetMs;
        while (queue.length > 0 && performance.now() < sliceEnd) compiler.renderBody(queue.pop()!);
        // Yield to the event loop between slices so requests and file events are served.
        await new Promise((done) => setImmediate(done));
      }
      if (signature(compiler.state().diagnostics) === signature(reported)) return null;
      // Rendering only adds body diagnostics (and re-renders bodies): no metadata changes.
      return refresh([], false);
    },
  };
}
