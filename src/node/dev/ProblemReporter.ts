import { countDiagnostics, formatDiagnostic, summariseDiagnostics, type Diagnostic } from '../../core/diagnostics';
import { escapeControl } from '../../core/text';
import { missingFolderMessage } from './missingFolderMessage';

/** The part of Vite's logger the reporter uses. */
export interface ProblemLogger {
  info(message: string, options?: { readonly timestamp?: boolean }): void;
  warn(message: string, options?: { readonly timestamp?: boolean }): void;
  error(message: string, options?: { readonly timestamp?: boolean }): void;
}

/**
 * Keeps the dev server's terminal told about the content, one line each time the problems
 * change: `content: 2 errors and 1 warning in 2 files (content/concepts/a.md:3:1 unknown-prerequisite …)`,
 * `content: all problems fixed`, or that the folder is missing. Nothing when nothing changed.
 */
export interface ProblemReporter {
  /** Reports the content's diagnostics if they differ from the last report. */
  problems(diagnostics: readonly Diagnostic[]): void;
  /** Reports that the content folder `dir` is missing, unless that was the last report. */
  missing(dir: string): void;
}

const MISSING = '\0missing';

/** A reporter writing to `logger`; `pathOf` turns a content-relative file into the path shown. */
export function createProblemReporter(logger: ProblemLogger, pathOf: (file: string) => string): ProblemReporter {
  // What was last reported: undefined before the first report.
  let last: string | undefined;
  const options = { timestamp: true };
  return {
    problems(diagnostics) {
      const signature = diagnostics.map((d) => formatDiagnostic(d)).join('\n');
      if (signature === last) return;
      const before = last;
      last = signature;
      const counts = countDiagnostics(diagnostics);
      if (diagnostics.length === 0) {
        const fixed = before !== undefined && before !== MISSING;
        logger.info(fixed ? 'content: all problems fixed' : `content: ${summariseDiagnostics(counts)}`, options);
        return;
      }
      // The first of the most severe problems names the place to start.
      const first = diagnostics.find((d) => d.severity === 'error') ?? diagnostics[0]!;
      const place = `${escapeControl(pathOf(first.file))}:${first.line}:${first.column} ${first.rule}`;
      const line = `content: ${summariseDiagnostics(counts)} (${place}${diagnostics.length > 1 ? ' …' : ''})`;
      if (counts.errors > 0) logger.error(line, options);
      else logger.warn(line, options);
    },
    missing(dir) {
      if (last === MISSING) return;
      last = MISSING;
      logger.error(missingFolderMessage(dir), options);
    },
  };
}
