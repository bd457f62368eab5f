import type { Diagnostic, RuleId, Severity } from './Diagnostic';

/** Where a diagnostic points: 1-based line and column in the whole file. */
export interface Place {
  readonly line: number;
  readonly column: number;
}

/** The start of a file: where problems with the file as a whole are reported. */
export const FILE_START: Place = { line: 1, column: 1 };

/**
 * Each rule's usual severity. Errors block `check` and the build; warnings do not.
 * `unsafe-html` and `unsafe-asset` vary: harmless raw HTML (dropped) and a sanitised SVG are warnings.
 */
export const RULE_SEVERITY: Readonly<Record<RuleId, Severity>> = {
  'yaml-syntax': 'error',
  'missing-field': 'error',
  'invalid-field': 'error',
  'unknown-field': 'warning',
  'invalid-id': 'error',
  'unknown-prerequisite': 'error',
  'self-prerequisite': 'error',
  'duplicate-id': 'error',
  'prerequisite-cycle': 'error',
  'broken-link': 'error',
  'missing-alt': 'warning',
  'unsafe-html': 'error',
  unrenderable: 'error',
  'unsafe-asset': 'error',
  orphan: 'warning',
  'unknown-target': 'error',
  'math-syntax': 'error',
  placeholder: 'warning',
  symlink: 'warning',
  'unreadable-file': 'error',
  encoding: 'error',
  'file-too-large': 'warning',
};

/** Optional parts of a diagnostic. */
export interface DiagnosticExtras {
  readonly severity?: Severity;
  readonly expected?: string;
  readonly actual?: string;
}

/** Builds a diagnostic with the rule's usual severity unless `extras.severity` overrides it. */
export function createDiagnostic(file: string, place: Place, rule: RuleId, message: string, extras: DiagnosticExtras = {}): Diagnostic {
  const diagnostic: Diagnostic = {
    file,
    line: place.line,
    column: place.column,
    severity: extras.severity ?? RULE_SEVERITY[rule],
    rule,
    message,
  };
  if (extras.expected === undefined && extras.actual === undefined) return diagnostic;
  return {
    ...diagnostic,
    ...(extras.expected === undefined ? {} : { expected: extras.expected }),
    ...(extras.actual === undefined ? {} : { actual: extras.actual }),
  };
}
