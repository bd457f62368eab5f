import type { CourseWeek } from '../model';
import type { ConceptId } from '../model';
import type { Plan, PlanSpec } from '../planner';

/** A concept a week builds on: covered in an earlier week (its number) or known beforehand (`week` null). */
export interface CourseKnown {
  readonly id: ConceptId;
  readonly title: string;
  readonly week: number | null;
}

/** One week of a course, planned given the weeks before it. */
export interface CourseWeekPlan {
  /** The week's number: its position, counted from the course's `firstWeek`. */
  readonly number: number;
  readonly week: CourseWeek;
  /** The week's targets that name a concept, as current ids (aliases followed), in the author's order. */
  readonly targets: readonly ConceptId[];
  /** Targets that name no concept (the compiler reports them as `unknown-target`). */
  readonly unknown: readonly string[];
  /** Targets an earlier week (or the known set) already covers. */
  readonly covered: readonly CourseKnown[];
  /** What is new this week: the plan for its targets with everything before it known. */
  readonly plan: Plan;
  /** "Before week N you should know …": earlier concepts that this week's steps list as prerequisites. */
  readonly before: readonly CourseKnown[];
  /** The week as a shareable plan titled "<course>: <week>" (`before` and `covered` assumed known); none without targets. */
  readonly spec?: PlanSpec;
}

/** A course cut into week plans: each concept is learnt in the first week that needs it. */
export interface CoursePlan {
  readonly weeks: readonly CourseWeekPlan[];
  readonly totals: { readonly concepts: number; readonly minutes: number };
}
