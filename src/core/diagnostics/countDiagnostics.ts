import { plural } from '../text';
import type { Diagnostic } from './Diagnostic';

/** How many errors and warnings, and in how many files. */
export interface DiagnosticCounts {
  readonly errors: number;
  readonly warnings: number;
  readonly files: number;
}

/** Counts errors, warnings and the files they are in. */
export function countDiagnostics(diagnostics: readonly Diagnostic[]): DiagnosticCounts {
  let errors = 0;
  const files = new Set<string>();
  for (const d of diagnostics) {
    if (d.severity === 'error') errors++;
    files.add(d.file);
  }
  return { errors, warnings: diagnostics.length - errors, files: files.size };
}

/** One-line summary: `2 errors and 1 warning in 2 files`, or `no problems`. */
export function summariseDiagnostics(counts: DiagnosticCounts): string {
  if (counts.errors + counts.warnings === 0) return 'no problems';
  return `${plural(counts.errors, 'error')} and ${plural(counts.warnings, 'warning')} in ${plural(counts.files, 'file')}`;
}
