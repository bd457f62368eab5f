/** Rule ids; each has a section in the README saying what it means and how to fix it. */
export const RULE_IDS = [
  'yaml-syntax',
  'missing-field',
  'invalid-field',
  'unknown-field',
  'invalid-id',
  'unknown-prerequisite',
  'self-prerequisite',
  'duplicate-id',
  'prerequisite-cycle',
  'broken-link',
  'missing-alt',
  'unsafe-html',
  'unrenderable',
  'unsafe-asset',
  'orphan',
  'unknown-target',
  'math-syntax',
  'placeholder',
  'symlink',
  'unreadable-file',
  'encoding',
  'file-too-large',
] as const;
export type RuleId = (typeof RULE_IDS)[number];

export type Severity = 'error' | 'warning';

/**
 * An author mistake, placed in a file. Lines and columns are 1-based and point into the whole
 * file (not into the front-matter block).
 */
export interface Diagnostic {
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly severity: Severity;
  readonly rule: RuleId;
  /** One sentence: what was expected, what was found (in backticks), and "did you mean …". */
  readonly message: string;
  readonly expected?: string;
  readonly actual?: string;
}
