export { compile, type CompileOptions } from './compile';
export type { CheckedContent, CompiledContent } from './CheckedContent';
export { type ContentCompiler, createContentCompiler } from './createContentCompiler';
export { toContentUpdate } from './toContentUpdate';
export { conceptDataOf } from './conceptDataOf';
export { roadmapPlans } from './roadmapPlans';
export { graphConcepts } from './graphConcepts';
