export { compile, type CompileOptions } from './compile';
export type { CheckedConcepts, CheckedContent, CompiledContent, LinkTables } from './CheckedContent';
export { type ContentCompiler, createContentCompiler } from './createContentCompiler';
export { toContentUpdate } from './toContentUpdate';
