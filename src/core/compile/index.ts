export { compile, type CompileOptions, type CompileResult } from './compile';
export { type ContentCompiler, type ContentState, createContentCompiler } from './createContentCompiler';
export { toContentUpdate } from './toContentUpdate';
