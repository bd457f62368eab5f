import type { ConceptId } from '../model';

/** Why a step is in the plan: a later step (or target) that needs it, with the author's reason. */
export interface NeededBy {
  readonly id: ConceptId;
  readonly reason?: string;
}

/** One concept to learn, in plan order. */
export interface PlanStep {
  readonly id: ConceptId;
  readonly title: string;
  readonly minutes: number;
  /** All of its prerequisites are known (so it can be started now). */
  readonly ready: boolean;
  readonly isTarget: boolean;
  /** Steps later in the plan that list this one as a prerequisite. */
  readonly neededBy: readonly NeededBy[];
}

export interface PlanTotals {
  readonly concepts: number;
  readonly minutes: number;
  /** minutes / 60, rounded to one decimal. */
  readonly hours: number;
  readonly readyNow: number;
}

/** A learning plan: prerequisites before what needs them, depth-first, targets last. */
export interface Plan {
  readonly targets: readonly ConceptId[];
  readonly steps: readonly PlanStep[];
  readonly totals: PlanTotals;
}

/** An unknown target: which ids were not found, and close ids that exist. */
export interface PlanError {
  readonly kind: 'unknown-target';
  readonly message: string;
  readonly unknown: readonly string[];
  readonly suggestions: readonly ConceptId[];
}

export type PlanResult = { readonly ok: true; readonly plan: Plan } | { readonly ok: false; readonly error: PlanError };

/** What a plan URL carries. */
export interface PlanSpec {
  readonly targets: readonly ConceptId[];
  readonly known: readonly ConceptId[];
  readonly title?: string;
  readonly note?: string;
}
