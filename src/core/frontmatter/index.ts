export { FieldReader } from './FieldReader';
export { BAIL, loadYaml } from './loadYaml';
export { type FieldPart, type FieldPath, type FrontMatter, parseFrontMatter } from './parseFrontMatter';
export { splitFrontMatter } from './splitFrontMatter';
export { validateConcept, type ValidatedConcept } from './validateConcept';
export { validateCourse, type ValidatedCourse } from './validateCourse';
export { type RoadmapFields, validateRoadmap } from './validateRoadmap';
export { DEFAULT_SITE, validateSite } from './validateSite';
export { PLACEHOLDERS } from './placeholders';
