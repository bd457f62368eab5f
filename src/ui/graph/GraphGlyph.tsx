import type { GraphNodeState } from './GraphData';

/**
 * The state's icon (a check, a half-filled circle, an arrow, a lock), drawn by CSS as a mask so
 * a node costs no extra SVG element; decorative, since the node's name says its state.
 */
export function GraphGlyph({ state }: { readonly state: GraphNodeState }) {
  return <span className={`graph-glyph graph-glyph-${state}`} aria-hidden="true" />;
}
