import { join, relative } from 'node:path';
import type { Diagnostic } from '../../core/diagnostics';
import { formatDiagnostic } from '../../core/diagnostics';
import { missingFolderMessage } from '../dev/missingFolderMessage';

/** The `err` of Vite's `{ type: 'error' }` payload, which the browser shows as its error overlay. */
export interface OverlayError {
  readonly message: string;
  readonly stack: string;
  readonly id: string;
  readonly plugin: string;
  readonly loc?: { readonly file: string; readonly line: number; readonly column: number };
}

/**
 * The overlay for content errors: every error as `path:line:col message [rule]` (paths relative
 * to the working directory), pointing the overlay's link at the first one. Undefined when there
 * are no errors.
 */
export function overlayError(dir: string, diagnostics: readonly Diagnostic[]): OverlayError | undefined {
  const errors = diagnostics.filter((d) => d.severity === 'error');
  const first = errors[0];
  if (!first) return undefined;
  const pathOf = (file: string) => relative(process.cwd(), join(dir, file)) || file;
  const lines = errors.slice(0, 50).map((d) => formatDiagnostic(d, pathOf(d.file)));
  if (errors.length > 50) lines.push(`… and ${errors.length - 50} more (run \`npm run check\`)`);
  const heading = `${errors.length} content error${errors.length === 1 ? '' : 's'}:`;
  return {
    message: `${heading}\n${lines.join('\n')}`,
    stack: '',
    id: join(dir, first.file),
    plugin: 'content',
    loc: { file: join(dir, first.file), line: first.line, column: first.column },
  };
}

/** The overlay while the content folder `dir` does not exist: no file to point at, only what to do. */
export function missingFolderError(dir: string): OverlayError {
  return { message: missingFolderMessage(dir), stack: '', id: dir, plugin: 'content' };
}
