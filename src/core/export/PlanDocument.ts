import type { ConceptId } from '../model';

/** One step of an exported plan: what a checklist line needs. */
export interface PlanDocumentStep {
  readonly id: ConceptId;
  readonly title: string;
  readonly minutes: number;
  /** Absolute URL of the concept's page. */
  readonly url: string;
}

/**
 * A plan ready to be written out (Markdown, plain text): the header and the steps in plan order,
 * every link absolute so the text works wherever it is pasted.
 */
export interface PlanDocument {
  readonly title: string;
  readonly note?: string;
  /** Absolute URL of the plan (`encodePlanUrl` format). */
  readonly url: string;
  readonly steps: readonly PlanDocumentStep[];
  readonly minutes: number;
  /** minutes / 60, rounded to one decimal. */
  readonly hours: number;
}
