import type { Diagnostic } from '../diagnostics';
import type { ConceptGraph } from '../graph';
import type { LinkResolver, ResolverTable } from '../links';
import type { Concept, CourseMeta, RenderedBody, RoadmapMeta, SiteConfig } from '../model';

/**
 * A content folder checked as a whole: what the app, the CLI and the dev server read. The compiler
 * state, `compile`'s result and the dev server's index are all this, give or take the parts below.
 */
export interface CheckedContent {
  readonly site: SiteConfig;
  readonly concepts: readonly Concept[];
  readonly roadmaps: readonly RoadmapMeta[];
  readonly courses: readonly CourseMeta[];
  readonly graph: ConceptGraph<Concept>;
  readonly diagnostics: readonly Diagnostic[];
}

/** The part of `CheckedContent` that front-matter alone decides: ready before any body is parsed. */
export type CheckedConcepts = Pick<CheckedContent, 'concepts' | 'graph' | 'diagnostics'>;

/** How links resolve in checked content, kept beside it for rendering bodies and for reuse. */
export interface LinkTables {
  readonly table: ResolverTable;
  readonly resolver: LinkResolver;
  /**
   * The concepts whose summary, goals or reasons have math, for `linkContent` to render: found
   * in the loop over every concept that runs anyway, so a save does not scan them again.
   */
  readonly withMath: readonly Concept[];
}

/** Checked content with every body rendered: what `compile` returns. */
export interface CompiledContent extends CheckedContent {
  /** Rendered bodies by key (`concepts/<id>`, `roadmaps/<id>`, `courses/<id>`). */
  readonly bodies: ReadonlyMap<string, RenderedBody>;
}
