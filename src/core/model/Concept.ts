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
 * What the prerequisite graph holds of a concept: enough to plan, to name it and to explain a
 * step, and no more, so the graph of a large site stays small enough to load when a plan needs it
 * (`GraphData`). Summaries, goals, resources and checks travel with each concept's own data.
 */
export interface ConceptNode {
  readonly id: ConceptId;
  readonly title: string;
  readonly prerequisites: readonly Prerequisite[];
  readonly aliases: readonly ConceptId[];
  /** Time estimate in minutes: `minutes`, else the sum of core resources' minutes, else the default. */
  readonly estimate: number;
  /**
   * Index in `checks` of the question a placement quiz asks (the first `choice` check); absent
   * when there is none. A full `Concept` finds it from its checks (`placementCheckIndex`).
   */
  readonly quizCheck?: number;
}

/** A concept's metadata: everything but its body. Each concept's data file carries one. */
export interface Concept extends ConceptNode {
  /** Content-relative path of the source file (`concepts/<id>.md`). */
  readonly file: string;
  readonly summary: string;
  readonly resources: readonly Resource[];
  readonly goals: readonly string[];
  readonly tags: readonly string[];
  /** Check questions, when the concept has any. */
  readonly checks?: readonly ConceptCheck[];
  /** The author's `minutes`, if given. */
  readonly minutes?: number;
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
