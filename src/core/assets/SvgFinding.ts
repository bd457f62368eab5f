/** What `sanitiseSvg` removes from an SVG asset, by kind. */
export type SvgFindingKind = 'script' | 'event-handler' | 'script-url' | 'foreign-object' | 'animation' | 'external-reference' | 'not-svg';

/** One thing removed from an SVG, and where it was (1-based, in the file). */
export interface SvgFinding {
  readonly kind: SvgFindingKind;
  /** What was written: `<script>`, `onload`, `javascript:`, the external URL… */
  readonly name: string;
  readonly line: number;
  readonly column: number;
}
