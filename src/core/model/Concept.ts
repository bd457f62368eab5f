import type { ConceptId } from './ConceptId';

/** The kinds a resource may have; anything else is an `invalid-field` diagnostic. */
export const RESOURCE_KINDS = [
  'book',
  'chapter',
  'course',
  'lecture',
  'video',
  'notes',
  'paper',
  'tutorial',
  'exercises',
  'software',
] as const;
export type ResourceKind = (typeof RESOURCE_KINDS)[number];

/** An external link a learner can study from. `core: false` marks it supplementary. */
export interface Resource {
  readonly title: string;
  readonly url: string;
  readonly kind: ResourceKind;
  readonly free: boolean;
  readonly core: boolean;
  readonly minutes?: number;
  readonly authors?: readonly string[];
  readonly year?: number;
  readonly note?: string;
}

/** A prerequisite edge as the author wrote it, in the author's order. */
export interface Prerequisite {
  readonly id: ConceptId;
  readonly reason?: string;
  /** The reason as HTML, when it has math (`$…$`), rendered by KaTeX at build time. */
  readonly reasonHtml?: string;
}

/**
 * A check question in a concept's front-matter (`checks`). A `choice` question is graded by the
 * app (`correct` is a 0-based index into `choices`); a `recall` question shows its `answer` and
 * the learner grades themselves. Texts are plain text with inline `$…$` math.
 */
export type ConceptCheck =
  | {
      readonly kind: 'choice';
      readonly question: string;
      readonly choices: readonly string[];
      readonly correct: number;
      readonly explanation?: string;
    }
  | { readonly kind: 'recall'; readonly question: string; readonly answer: string };

/** Minutes a concept takes when it has neither `minutes` nor core resources with minutes. */
export const DEFAULT_CONCEPT_MINUTES = 30;

/**
 * A concept's metadata: everything but its body. This is what the graph index ships to the
 * browser, so it stays small.
 */
export interface Concept {
  readonly id: ConceptId;
  /** Content-relative path of the source file (`concepts/<id>.md`). */
  readonly file: string;
  readonly title: string;
  readonly summary: string;
  readonly prerequisites: readonly Prerequisite[];
  readonly resources: readonly Resource[];
  readonly goals: readonly string[];
  readonly aliases: readonly ConceptId[];
  readonly tags: readonly string[];
  /** Check questions, when the concept has any. */
  readonly checks?: readonly ConceptCheck[];
  /** The author's `minutes`, if given. */
  readonly minutes?: number;
  /** Time estimate in minutes: `minutes`, else the sum of core resources' minutes, else the default. */
  readonly estimate: number;
  /** HTML of the texts above that contain math, rendered at build time; absent when none does. */
  readonly html?: ConceptTextHtml;
}

/**
 * The summary and goals that contain math (`$…$`), as HTML with the math rendered by KaTeX.
 * Texts without math are absent: they are shown as the plain strings they are. (A prerequisite's
 * reason carries its own `reasonHtml`.)
 */
export interface ConceptTextHtml {
  readonly summary?: string;
  /** By index in `goals`. */
  readonly goals?: Readonly<Record<number, string>>;
  /** By index in `checks`: the texts of that check that have math. */
  readonly checks?: Readonly<Record<number, CheckTextHtml>>;
}

/** A check's texts that contain math, as HTML; `choices` by index. */
export interface CheckTextHtml {
  readonly question?: string;
  readonly choices?: Readonly<Record<number, string>>;
  readonly explanation?: string;
  readonly answer?: string;
}
