import type { ConceptId } from './ConceptId';

/** A concept or roadmap body rendered to sanitised HTML, with the concept ids it links to. */
export interface RenderedBody {
  readonly html: string;
  /** Concept ids linked from the body, in order of first appearance. */
  readonly links: readonly ConceptId[];
  /** Its `##` and `###` headings in order, for a table of contents. */
  readonly headings: readonly BodyHeading[];
}

/** A heading of a rendered body: its anchor id, its text, and its level (2 for `##`). */
export interface BodyHeading {
  readonly id: string;
  readonly text: string;
  readonly depth: 2 | 3;
}
