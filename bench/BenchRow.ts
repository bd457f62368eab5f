/** One figure printed by `npm run bench`: a named measurement and the bar it must reach. */
export interface BenchRow {
  /** Stable key for `--json` (`compile.full.1thread.ms`). */
  readonly key: string;
  /** What was measured, for the table. */
  readonly label: string;
  readonly value: number;
  readonly unit: 'ms' | 's' | 'KB' | 'MB' | 'x floor' | 'fps' | 'count' | 'chars' | 'score';
  /** The bar, in words (`≤ 1.3× floor`), if the issue names one. */
  readonly target?: string;
  /** Whether the bar is reached; absent when there is no bar. */
  readonly ok?: boolean;
}
