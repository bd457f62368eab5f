import type { ConceptId } from './ConceptId';

/** One week (or lecture) of a course: its title and the concepts it targets. */
export interface CourseWeek {
  readonly title: string;
  readonly targets: readonly ConceptId[];
  readonly note?: string;
}

/** A course maps weeks to target concepts (`content/courses/<id>.md`). */
export interface CourseMeta {
  readonly id: string;
  readonly file: string;
  readonly title: string;
  readonly summary: string;
  readonly author?: string;
  /** The number of the first week (default 1; 0 for a course that opens with a "week 0"). */
  readonly firstWeek: number;
  readonly weeks: readonly CourseWeek[];
}
