import type { ConceptMeta, CourseMeta, RoadmapMeta, SiteConfig } from './Concept';
import type { Diagnostic } from '../diagnostics/Diagnostic';

/**
 * What the app loads first (the `virtual:content` module): metadata only. Bodies stay out of it so
 * the first page load does not grow with the total body text; `bodies` maps a body key
 * (`concepts/<id>` or `roadmaps/<id>`) to the URL of its JSON `RenderedBody`, with a content hash
 * in the name so it caches forever.
 */
export interface ContentIndex {
  readonly site: SiteConfig;
  readonly concepts: readonly ConceptMeta[];
  readonly roadmaps: readonly RoadmapMeta[];
  readonly courses: readonly CourseMeta[];
  readonly diagnostics: readonly Diagnostic[];
  readonly bodies: Readonly<Record<string, string>>;
}

/** Payload of the dev server's `content:update` HMR event. */
export interface ContentUpdate {
  readonly index: ContentIndex;
  /** Body keys whose HTML changed and must be re-fetched. */
  readonly changed: readonly string[];
}

export type { Diagnostic };
