import type { Diagnostic } from '../diagnostics';
import type { Place } from '../diagnostics';
import type { BodyAnalysis } from '../markdown';
import type { ReadProblem, SiteConfig } from '../model';
import type { FieldPath, FieldPart } from '../frontmatter';
import type { BodySource } from '../markdown';
import type { RoadmapFields } from '../frontmatter';
import type { ValidatedConcept } from '../frontmatter';
import type { ValidatedCourse } from '../frontmatter';

interface FactsBase {
  readonly path: string;
  /** The file's text, so an unchanged save can be recognised and the body rendered later. */
  readonly text: string;
  /** Diagnostics about this file alone (YAML, fields, file name). */
  readonly diagnostics: readonly Diagnostic[];
  readonly body: BodySource;
  /** What went wrong reading the file, as the reader reported it. */
  readonly problem?: ReadProblem;
  locate(path: FieldPath, part?: FieldPart): Place;
}

/** A concept file (`concepts/<id>.md`) with valid id. */
export interface ConceptFacts extends FactsBase, ValidatedConcept {
  readonly kind: 'concept';
}

/** A roadmap file; its body's links say which concepts it covers (`analysis` parses it on first read). */
export interface RoadmapFacts extends FactsBase {
  readonly kind: 'roadmap';
  readonly id: string;
  readonly fields: RoadmapFields;
  readonly analysis: BodyAnalysis;
}

/** A course file (`courses/<id>.md`). */
export interface CourseFacts extends FactsBase, ValidatedCourse {
  readonly kind: 'course';
}

/** `site.yaml`. */
export interface SiteFacts extends FactsBase {
  readonly kind: 'site';
  readonly site: SiteConfig;
}

/** Anything else: not part of the content model (or an invalid file name, reported). */
export interface OtherFacts extends FactsBase {
  readonly kind: 'other';
}

/** What one file says on its own, before it is checked against the other files. */
export type FileFacts = ConceptFacts | RoadmapFacts | CourseFacts | SiteFacts | OtherFacts;
