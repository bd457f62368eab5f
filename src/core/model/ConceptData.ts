import type { Concept, ConceptNode } from './Concept';
import type { RenderedBody } from './RenderedBody';

/** Figures of a concept that need the whole graph, computed at build time for a learner who knows nothing yet. */
export interface ConceptStats {
  /** Steps and minutes of the plan for the concept. */
  readonly planSteps: number;
  readonly planMinutes: number;
  /** How many concepts need it, directly or through others. */
  readonly unlocksInAll: number;
}

/**
 * One concept's data file (`content/concepts/<id>.json`): all a concept page shows, so the page
 * opens without the rest of the site. `neighbours` are the concepts it needs and those that need
 * it, as graph nodes, for their titles and links.
 */
export interface ConceptData {
  readonly concept: Concept;
  readonly body: RenderedBody;
  readonly neighbours: readonly ConceptNode[];
  readonly stats: ConceptStats;
}
