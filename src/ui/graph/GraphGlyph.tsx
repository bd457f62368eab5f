import type { GraphNodeState } from './GraphData';

/** 24×24 paths: a check, a half-filled circle, an arrow, a lock. */
const GLYPHS: Readonly<Record<GraphNodeState, string>> = {
  known: 'M9.5 16.2 5.3 12l-1.4 1.4 5.6 5.6L20.1 8.4 18.7 7Z',
  learning: 'M12 3a9 9 0 1 1 0 18 9 9 0 0 1 0-18Zm0 2a7 7 0 0 0 0 14V5Z',
  ready: 'M7 7h10v10h-2V10.4l-8.3 8.3-1.4-1.4L13.6 9H7V7Z',
  later: 'M12 2a5 5 0 0 1 5 5v3h1a2 2 0 0 1 2 2v8a2 2 0 0 1-2 2H6a2 2 0 0 1-2-2v-8a2 2 0 0 1 2-2h1V7a5 5 0 0 1 5-5Zm0 2a3 3 0 0 0-3 3v3h6V7a3 3 0 0 0-3-3Z',
};

/** The state's icon, for nodes and the legend; decorative, since the name says the state. */
export function GraphGlyph({ state, size = 16 }: { readonly state: GraphNodeState; readonly size?: number }) {
  return (
    <svg className={`graph-glyph graph-glyph-${state}`} width={size} height={size} viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <path d={GLYPHS[state]} fill="currentColor" />
    </svg>
  );
}
