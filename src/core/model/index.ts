export {
  type BodyHeading,
  type CheckTextHtml,
  type ConceptCheck,
  type ConceptMeta,
  type ConceptTextHtml,
  type CourseMeta,
  type CourseWeek,
  DEFAULT_CONCEPT_MINUTES,
  type Prerequisite,
  type RenderedBody,
  type Resource,
  RESOURCE_KINDS,
  type RoadmapMeta,
  type SiteConfig,
} from './Concept';
export { asConceptId, CONCEPT_ID_PATTERN, type ConceptId, isConceptId } from './ConceptId';
export type { ContentIndex, ContentUpdate, IndexUpdate } from './ContentIndex';
export type { SourceFile } from './SourceFile';
export { toConceptId } from './toConceptId';
