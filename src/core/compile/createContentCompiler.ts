import { analyseFile } from './analyseFile';
import type { BodyAnalysis } from '../markdown';
import type { RenderedBody } from '../model';
import type { FileFacts } from './FileFacts';
import type { LinkResolver } from '../links';
import { renderBody, type BodyRender, type BodySource } from '../markdown';
import { resolveLink } from '../links';
import type { SourceFile } from '../model';
import { bodyDiagnostics, type BodyDiagnosticsMemo } from './checks/bodyDiagnostics';
import { sortDiagnostics } from '../diagnostics';
import { assetDiagnostics } from '../assets';
import { createLinkMemo, linkConcepts, type LinkedConcepts } from './linkConcepts';
import { linkContent, type LinkedContent } from './linkContent';

/**
 * A compiler that keeps its state between calls, for the dev server: `setFile` re-reads only that
 * file, `state()` re-checks the whole (no Markdown is parsed, and checks of unchanged files are
 * reused), and bodies render on demand, cached until their text or anything they link to changes.
 * One entry per file, replaced on every save, so memory does not grow over a long session.
 * `compile` is this, run once over a folder.
 */
export interface ContentCompiler {
  /** Adds or replaces a file; false when its text is unchanged. */
  setFile(file: SourceFile): boolean;
  /** The text of a file as last set, or undefined when there is no such file. */
  text(path: string): string | undefined;
  /** Removes a file; false when it was not there. */
  deleteFile(path: string): boolean;
  /** Sets the asset paths present (null: trust every file link). */
  setAssets(assets: readonly string[] | null): void;
  /** The checked content (diagnostics sorted by file, line, column); recomputed only after a change. */
  state(): LinkedContent;
  /**
   * The concept graph checked from front-matter alone, without parsing any body: ready sooner
   * than `state()`, which also parses roadmap bodies for their links. Recomputed only after a change.
   */
  concepts(): LinkedConcepts;
  /** Keys (`concepts/<id>`, `roadmaps/<id>`, `courses/<id>`) of every body, sorted. */
  bodyKeys(): readonly string[];
  /** The Markdown of a body and where it starts, to render elsewhere; undefined for an unknown key. */
  bodySource(key: string): BodySource | undefined;
  /** Renders (or returns the cached render of) a body; undefined for an unknown key. */
  renderBody(key: string): RenderedBody | undefined;
  /** Stores a body rendered elsewhere (a worker) against the same content. */
  adoptRender(key: string, render: BodyRender): void;
  /** Keys whose body has not been rendered or analysed yet (their body diagnostics are unknown). */
  unanalysed(): string[];
  /**
   * Keys of cached renders that no longer match the content (a linked title changed, say); they
   * are dropped from the cache, so each is reported once and re-rendered on its next request.
   */
  takeStaleBodies(): string[];
}

interface CachedRender {
  readonly text: string;
  readonly fingerprint: string;
  readonly body: RenderedBody;
}

/** Body key of a content file: its path without `.md`. */
export function bodyKeyOf(path: string): string {
  return path.replace(/\.md$/, '');
}

const hasBody = (f: FileFacts) => f.kind === 'concept' || f.kind === 'roadmap' || f.kind === 'course';

/** Options of `createContentCompiler`. */
export interface ContentCompilerOptions {
  /**
   * Keep rendered bodies to serve them again (default true). A one-shot compile turns this off:
   * it never asks twice, so it skips fingerprinting each body's links.
   */
  readonly cacheRenders?: boolean;
  /** The path the site is served under (`/course`; default empty: the root); app links start with it. */
  readonly base?: string;
}

/** Creates an empty compiler. */
export function createContentCompiler(assets: readonly string[] | null = null, options: ContentCompilerOptions = {}): ContentCompiler {
  const cacheRenders = options.cacheRenders ?? true;
  const facts = new Map<string, FileFacts>();
  const analyses = new Map<string, BodyAnalysis>();
  const renders = new Map<string, CachedRender>();
  const linkMemo = createLinkMemo();
  const bodyMemo: BodyDiagnosticsMemo = new WeakMap();
  let currentAssets = assets;
  let sorted: FileFacts[] | undefined;
  let keys: string[] | undefined;
  // Three caches: `linked` depends on the files' front-matter and roadmap links only (so
  // rendering, which needs its resolver, never invalidates it); `cached` adds body diagnostics,
  // which rendering can change; `conceptsOnly` is the part of `linked` that reads no body.
  let linked: LinkedContent | undefined;
  let cached: LinkedContent | undefined;
  let conceptsOnly: LinkedConcepts | undefined;
  // `ids`: bumped when which targets exist may have changed (files added or removed, aliases,
  // assets); `titles`: bumped with it and when a title changes. See `LinkInput.versions`.
  let ids = 0;
  let titles = 0;
  let checkedTitles = 0;
  // Files edited after the first check, in edit order: cross-file diagnostics (a cycle) are named
  // from the one edited last. Files read before the first check are no edit (nor in `compile`).
  const edited = new Map<string, number>();
  let edits = 0;
  let checkedOnce = false;
  const noteEdit = (path: string, deleted: boolean) => {
    if (deleted) edited.delete(path);
    else if (checkedOnce) edited.set(path, ++edits);
  };

  const changed = (pathsChanged: boolean) => {
    linked = undefined;
    conceptsOnly = undefined;
    cached = undefined;
    if (pathsChanged) {
      sorted = undefined;
      keys = undefined;
    }
  };
  const sortedFacts = (): FileFacts[] => {
    if (!sorted) sorted = [...facts.keys()].sort().map((p) => facts.get(p)!);
    return sorted;
  };
  const factsForKey = (key: string): FileFacts | undefined => {
    const found = facts.get(`${key}.md`);
    return found && hasBody(found) ? found : undefined;
  };
  const input = () => {
    checkedOnce = true;
    return { facts: sortedFacts(), assets: currentAssets, base: options.base, versions: { ids, titles }, edited };
  };
  const link = (): LinkedContent => {
    // The concept graph checked before (the dev server asks for it first) is not checked again.
    linked ??= linkContent(input(), linkMemo, conceptsOnly);
    return linked;
  };
  // Keeps `sorted` current when a file is replaced in place (binary search: it is sorted by path).
  const replaceSorted = (next: FileFacts) => {
    if (!sorted) return;
    let lo = 0;
    let hi = sorted.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sorted[mid]!.path < next.path) lo = mid + 1;
      else hi = mid;
    }
    if (sorted[lo]?.path === next.path) sorted[lo] = next;
    else sorted = undefined;
  };
  const state = (): LinkedContent => {
    if (cached) return cached;
    const content = link();
    const diagnostics = [
      ...content.diagnostics,
      ...bodyDiagnostics(sorted!, analyses, content.resolver, bodyMemo, ids),
      ...assetDiagnostics(currentAssets ?? []),
    ];
    cached = { ...content, diagnostics: sortDiagnostics(diagnostics) };
    return cached;
  };
  const store = (key: string, file: FileFacts, render: BodyRender, resolver: LinkResolver) => {
    if (!analyses.has(file.path)) cached = undefined;
    analyses.set(file.path, render.analysis);
    if (cacheRenders) renders.set(key, { text: file.text, fingerprint: fingerprint(render.analysis, resolver), body: render.body });
  };

  return {
    setFile(file) {
      const previous = facts.get(file.path);
      // A file that became a symbolic link keeps its text (empty) but not its problem.
      if (previous?.text === file.text && JSON.stringify(previous.problem) === JSON.stringify(file.problem)) return false;
      const next = analyseFile(file);
      facts.set(file.path, next);
      noteEdit(file.path, false);
      if (previous) replaceSorted(next);
      analyses.delete(file.path);
      const change = previous ? resolutionChange(previous, next) : 'ids';
      if (change === 'ids') ids++;
      if (change) titles++;
      changed(previous === undefined);
      return true;
    },
    text: (path) => facts.get(path)?.text,
    deleteFile(path) {
      if (!facts.delete(path)) return false;
      noteEdit(path, true);
      analyses.delete(path);
      renders.delete(bodyKeyOf(path));
      ids++;
      titles++;
      changed(true);
      return true;
    },
    setAssets(next) {
      currentAssets = next;
      ids++;
      titles++;
      changed(false);
    },
    state,
    concepts: () => linked ?? (conceptsOnly ??= linkConcepts(input(), linkMemo)),
    bodyKeys: () =>
      (keys ??= sortedFacts()
        .filter(hasBody)
        .map((f) => bodyKeyOf(f.path))),
    bodySource: (key) => factsForKey(key)?.body,
    renderBody(key) {
      const file = factsForKey(key);
      if (!file) return undefined;
      const { resolver } = link();
      const hit = renders.get(key);
      const analysis = analyses.get(file.path);
      if (hit && hit.text === file.text && analysis && hit.fingerprint === fingerprint(analysis, resolver)) return hit.body;
      const render = renderBody(file.body, resolver);
      store(key, file, render, resolver);
      return render.body;
    },
    adoptRender(key, render) {
      const file = factsForKey(key);
      if (file) store(key, file, render, link().resolver);
    },
    unanalysed: () =>
      sortedFacts()
        .filter((f) => (f.kind === 'concept' || f.kind === 'course') && !analyses.has(f.path))
        .map((f) => bodyKeyOf(f.path)),
    takeStaleBodies() {
      const { resolver } = link();
      const stale: string[] = [];
      const scanAll = titles !== checkedTitles;
      checkedTitles = titles;
      for (const [key, hit] of renders) {
        const file = factsForKey(key);
        if (!scanAll && hit.text === file?.text) continue;
        const analysis = file && analyses.get(file.path);
        if (!file || !analysis || hit.text !== file.text || hit.fingerprint !== fingerprint(analysis, resolver)) stale.push(key);
      }
      for (const key of stale) renders.delete(key);
      return stale;
    },
  };
}

/**
 * How an edit changes link resolution: `ids` for a new kind or aliases (also unchanged ones: their
 * diagnostics point at lines of this file, which may have moved), `titles` for a new title only.
 */
function resolutionChange(a: FileFacts, b: FileFacts): 'ids' | 'titles' | undefined {
  if (a.kind !== b.kind) return 'ids';
  if (a.kind !== 'concept' || b.kind !== 'concept') return undefined;
  if (a.meta.aliases.length > 0 || b.meta.aliases.length > 0) return 'ids';
  return a.meta.title !== b.meta.title ? 'titles' : undefined;
}

/** What a body's HTML depends on besides its own text: where each of its links resolves. */
function fingerprint(analysis: BodyAnalysis, resolver: LinkResolver): string {
  let out = '';
  for (const link of analysis.links) {
    const r = resolveLink(link.target, link.written, resolver);
    out += r.kind === 'concept' ? `${r.href}\u0000${r.title}\u0001` : 'href' in r ? `${r.href}\u0001` : `${r.kind}\u0001`;
  }
  return out;
}
