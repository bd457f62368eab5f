export type { Diagnostic, RuleId } from './Diagnostic';
export { sortDiagnostics } from './compareDiagnostics';
export { countDiagnostics, summariseDiagnostics } from './countDiagnostics';
export { createDiagnostic, type DiagnosticExtras, FILE_START, type Place } from './createDiagnostic';
export { formatDiagnostic } from './formatDiagnostic';
