import type { Diagnostic } from './Diagnostic';

/**
 * One line in the vfile-reporter style: `path:line:col severity message [rule-id]`. `path` defaults
 * to the content-relative file; the CLI passes a path relative to the working directory.
 */
export function formatDiagnostic(diagnostic: Diagnostic, path: string = diagnostic.file): string {
  const { line, column, severity, message, rule } = diagnostic;
  return `${path}:${line}:${column} ${severity} ${message} [${rule}]`;
}
