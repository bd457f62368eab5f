import { escapeControl } from '../text';
import type { Diagnostic } from './Diagnostic';

/**
 * One line in the vfile-reporter style: `path:line:col severity message [rule-id]`. `path` defaults
 * to the content-relative file; the CLI passes a path relative to the working directory. Control
 * characters from content (in a file name, an id quoted in the message) are shown escaped, so a
 * diagnostic can never rewrite the terminal around it.
 */
export function formatDiagnostic(diagnostic: Diagnostic, path: string = diagnostic.file): string {
  const { line, column, severity, message, rule } = diagnostic;
  return `${escapeControl(path)}:${line}:${column} ${severity} ${escapeControl(message)} [${rule}]`;
}
