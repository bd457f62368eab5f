import type { ConceptId } from './ConceptId';

/** A roadmap's metadata; `concepts` lists the concepts its body links to, in order of first link. */
export interface RoadmapMeta {
  readonly id: string;
  readonly file: string;
  readonly title: string;
  readonly summary: string;
  readonly author?: string;
  readonly audience?: string;
  readonly concepts: readonly ConceptId[];
}
