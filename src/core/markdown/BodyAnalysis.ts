import type { Diagnostic } from '../diagnostics';
import type { LinkTarget } from '../links';

/** One link or image in a body, placed in the whole file. */
export interface LinkOccurrence {
  /** The link as written (`../concepts/x.md`, `x`, or the id inside `[[x]]`). */
  readonly written: string;
  readonly target: LinkTarget;
  readonly line: number;
  readonly column: number;
  readonly image: boolean;
}

/**
 * What a body says on its own, before anything is known about other files: its links (checked
 * later against the content, so a new or deleted concept re-checks them without re-parsing) and
 * the diagnostics that depend on the text alone (unsafe HTML, missing alt text, bad math).
 */
export interface BodyAnalysis {
  readonly links: readonly LinkOccurrence[];
  readonly diagnostics: readonly Diagnostic[];
}
