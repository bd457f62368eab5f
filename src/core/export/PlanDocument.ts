import type { ConceptId } from '../model';

/** A concept as an exported plan links it: its title and the absolute URL of its page. */
export interface PlanDocumentConcept {
  readonly id: ConceptId;
  readonly title: string;
  /** Absolute URL of the concept's page. */
  readonly url: string;
}

/** One step of an exported plan: what a checklist line needs. */
export interface PlanDocumentStep extends PlanDocumentConcept {
  readonly minutes: number;
}

/**
 * A plan ready to be written out (Markdown, plain text): the header, the concepts it assumes
 * known and the steps in plan order, every link absolute so the text works wherever it is pasted.
 */
export interface PlanDocument {
  readonly title: string;
  readonly note?: string;
  /** Absolute URL of the plan (`encodePlanUrl` format). */
  readonly url: string;
  /** The concepts the plan takes as known (its spec's `known`), in the spec's order. */
  readonly assumed: readonly PlanDocumentConcept[];
  readonly steps: readonly PlanDocumentStep[];
  /** The sum of the steps' minutes. */
  readonly minutes: number;
}
