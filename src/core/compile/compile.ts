import type { RenderedBody } from '../model';
import type { SourceFile } from '../model';
import { createContentCompiler } from './createContentCompiler';
import type { CompiledContent } from './CheckedContent';

/** How to compile. */
export interface CompileOptions {
  /**
   * Content-relative paths of the other files in the content folder (images, PDFs), so links to
   * missing ones are `broken-link` errors. Omitted: every relative file link is trusted.
   */
  readonly assets?: readonly string[];
  /** Render every body to HTML (default true); false checks front-matter and the graph only. */
  readonly render?: boolean;
  /** The path the site is served under (`/course`; default empty: the root); app links start with it. */
  readonly base?: string;
}

/**
 * Compiles content files (paths relative to the content folder) into metadata, the prerequisite
 * graph, rendered bodies and diagnostics (sorted by file, line, column). Pure: no file system. Never throws on author input: a
 * broken file yields diagnostics and everything else still compiles.
 */
export function compile(files: readonly SourceFile[], options: CompileOptions = {}): CompiledContent {
  const compiler = createContentCompiler(options.assets ?? null, { cacheRenders: false, base: options.base });
  for (const file of files) compiler.setFile(file);
  const bodies = new Map<string, RenderedBody>();
  if (options.render ?? true) {
    for (const key of compiler.bodyKeys()) bodies.set(key, compiler.renderBody(key)!);
  }
  const { site, concepts, roadmaps, courses, graph, diagnostics } = compiler.state();
  return { site, concepts, roadmaps, courses, graph, diagnostics, bodies };
}
