export {
  type CheckTextHtml,
  type Concept,
  type ConceptCheck,
  type ConceptNode,
  type ConceptTextHtml,
  DEFAULT_CONCEPT_MINUTES,
  type Prerequisite,
  type Resource,
  RESOURCE_KINDS,
} from './Concept';
export { asConceptId, CONCEPT_ID_PATTERN, type ConceptId, isConceptId } from './ConceptId';
export { CONTENT_UPDATE_EVENT, type ContentIndex, type ContentUpdate, type IndexUpdate } from './ContentIndex';
export type { ConceptData, ConceptStats } from './ConceptData';
export type { CourseMeta, CourseWeek } from './Course';
export type { BodyHeading, RenderedBody } from './RenderedBody';
export type { RoadmapMeta } from './Roadmap';
export type { SiteConfig } from './Site';
export type { ReadProblem, SourceFile } from './SourceFile';
export { toConceptId } from './toConceptId';
