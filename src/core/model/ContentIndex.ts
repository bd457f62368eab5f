import type { CourseMeta } from './Course';
import type { RoadmapMeta } from './Roadmap';
import type { SiteConfig } from './Site';
import type { Diagnostic } from '../diagnostics';

/**
 * What the app loads first (the `virtual:content` module): small, and the same size whatever the
 * number of concepts. The prerequisite graph (`graph`), each concept's data (`conceptData`) and
 * the search index (`search`) are separate files, fetched when a page needs them; `bodies` maps
 * the body key of a roadmap or course (`roadmaps/<id>`, `courses/<id>`) to the URL of its JSON
 * `RenderedBody`, with a content hash in the name so it caches forever.
 */
export interface ContentIndex {
  readonly site: SiteConfig;
  readonly roadmaps: readonly RoadmapMeta[];
  readonly courses: readonly CourseMeta[];
  readonly diagnostics: readonly Diagnostic[];
  readonly bodies: Readonly<Record<string, string>>;
  /** URL of the prerequisite graph (`GraphData` JSON). */
  readonly graph: string;
  /** URL of the prebuilt search index (`SearchData` JSON), fetched when search is first used. */
  readonly search: string;
  /** Where concepts' data files are: `<conceptData><id>.json` is a `ConceptData`. */
  readonly conceptData: string;
  /** Steps and minutes of each roadmap's plan for a learner who knows nothing, by roadmap id. */
  readonly roadmapPlans: Readonly<Record<string, { readonly steps: number; readonly minutes: number }>>;
}

/** The dev server's HMR event that carries a `ContentUpdate` to the app. */
export const CONTENT_UPDATE_EVENT = 'content:update';

/** The dev server's new index after a change. */
export interface IndexUpdate {
  readonly index: ContentIndex;
  /** Body keys whose HTML changed and must be re-fetched. */
  readonly changed: readonly string[];
}

/** What changes in the index when only bodies did: their URLs, and the diagnostics. */
export interface IndexPatch {
  readonly bodies: Readonly<Record<string, string>>;
  readonly diagnostics: readonly Diagnostic[];
}

/**
 * Payload of the dev server's `content:update` HMR event: the whole new index, or, when no
 * metadata changed (an edit to a concept's prose, say), a patch of it, so a save in a large
 * content folder does not ship the whole index to the browser again.
 */
export type ContentUpdate = IndexUpdate | { readonly patch: IndexPatch; readonly changed: readonly string[] };

export type { Diagnostic };
