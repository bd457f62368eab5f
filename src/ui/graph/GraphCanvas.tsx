import { useEffect, useMemo, useRef, useState, type KeyboardEvent, type MouseEvent } from 'react';
import { stepAlongEdges } from '../../core/views';
import type { ViewTransform } from '../../core/views';
import { nodeLabel } from './GraphNode';
import { GraphToolbar } from './GraphToolbar';
import { markPainted } from './markPainted';
import { paintGraph, paletteOf, type GraphPalette } from './paintGraph';
import { ARROWS, PAN } from './graphKeys';
import type { LaidOutGraph } from './useGraphLayout';
import { useZoom } from './useZoom';

interface Props {
  readonly graph: LaidOutGraph;
  readonly label: string;
  readonly onOpen: (id: string) => void;
  readonly start: number;
  readonly focus?: { readonly index: number; readonly seq: number } | null;
  readonly onHighlight?: (index: number | null) => void;
}

/**
 * The graph painted on a canvas, for graphs too large to keep one DOM node per concept smooth:
 * one redraw per frame of whatever is in view. The canvas takes focus; arrow keys move a cursor
 * along the edges (announced, and kept in view), Shift + arrows pan, `+`/`-` zoom, `0` fits,
 * Enter or a click opens a concept. The plan's list stays the way in for every concept.
 */
export function GraphCanvas({ graph, label, onOpen, start, focus, onHighlight }: Props) {
  const { data, layout } = graph;
  const canvas = useRef<HTMLCanvasElement>(null);
  const view = useRef<ViewTransform>({ k: 1, x: 0, y: 0 });
  const frame = useRef(0);
  const palette = useRef<GraphPalette | null>(null);
  const [cursor, setCursor] = useState(start);
  const [focused, setFocused] = useState(false);
  const state = useRef({ cursor, focused });
  state.current = { cursor, focused };

  const paint = useRef(() => {});
  paint.current = () => {
    frame.current = 0;
    const c = canvas.current;
    const ctx = c?.getContext('2d');
    if (!c || !ctx) return;
    const ratio = window.devicePixelRatio || 1;
    const size = { width: c.clientWidth, height: c.clientHeight, ratio };
    if (c.width !== Math.round(size.width * ratio) || c.height !== Math.round(size.height * ratio)) {
      c.width = Math.round(size.width * ratio);
      c.height = Math.round(size.height * ratio);
    }
    palette.current ??= paletteOf(c);
    paintGraph(ctx, graph, view.current, size, palette.current, state.current.focused ? state.current.cursor : null);
  };
  const schedule = (): void => {
    if (!frame.current) frame.current = requestAnimationFrame(() => paint.current());
  };

  const drawing = useMemo(() => ({ width: layout.width, height: layout.height }), [layout]);
  const controls = useZoom(canvas, drawing, (t) => {
    view.current = t;
    schedule();
  });

  useEffect(() => {
    // A theme change alters the tokens: read them again on the next frame.
    const media = window.matchMedia?.('(prefers-color-scheme: dark)');
    const observer = new MutationObserver(() => ((palette.current = null), schedule()));
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });
    const onScheme = (): void => ((palette.current = null), schedule());
    media?.addEventListener('change', onScheme);
    paint.current();
    return () => {
      cancelAnimationFrame(frame.current);
      observer.disconnect();
      media?.removeEventListener('change', onScheme);
    };
  }, [graph]);
  useEffect(markPainted, []);
  useEffect(schedule, [cursor, focused]);
  useEffect(() => onHighlight?.(focused ? cursor : null), [cursor, focused, onHighlight]);

  const boxOf = (i: number) => {
    const b = layout.nodes[i]!;
    return { x: b.x - b.width / 2, y: b.y - b.height / 2, width: b.width, height: b.height };
  };

  useEffect(() => {
    if (!focus || !layout.nodes[focus.index]) return;
    setCursor(focus.index);
    controls.centreOn(boxOf(focus.index));
    canvas.current?.focus({ preventScroll: true });
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only a new request moves the view.
  }, [focus]);

  function onKeyDown(event: KeyboardEvent<HTMLCanvasElement>) {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const arrow = ARROWS[event.key];
    if (event.key === '+' || event.key === '=') controls.zoomBy(1.25);
    else if (event.key === '-' || event.key === '_') controls.zoomBy(0.8);
    else if (event.key === '0') controls.fit();
    else if (arrow && event.shiftKey) controls.panBy(...PAN[event.key]!);
    else if (arrow) {
      const next = stepAlongEdges(layout, cursor, arrow[layout.direction === 'down' ? 0 : 1]);
      if (next !== null) {
        setCursor(next);
        controls.show(boxOf(next));
      }
    } else if (event.key === 'Enter') onOpen(data.nodes[cursor]!.id);
    else return;
    event.preventDefault();
  }

  function onClick(event: MouseEvent<HTMLCanvasElement>) {
    const rect = event.currentTarget.getBoundingClientRect();
    const { k, x, y } = view.current;
    const px = (event.clientX - rect.left - x) / k;
    const py = (event.clientY - rect.top - y) / k;
    const i = layout.nodes.findIndex((b) => Math.abs(px - b.x) <= b.width / 2 && Math.abs(py - b.y) <= b.height / 2);
    if (i >= 0) onOpen(data.nodes[i]!.id);
  }

  const current = data.nodes[cursor];
  return (
    <div className="graph-box">
      <GraphToolbar controls={controls} />
      <div className="graph-frame">
        <canvas
          ref={canvas}
          className="graph-canvas"
          role="img"
          aria-label={`${label}: ${data.nodes.length} concepts, drawn as a picture. Arrow keys move along the prerequisite edges, Enter opens the concept; Shift and arrows pan, plus and minus zoom, 0 fits.`}
          tabIndex={0}
          onKeyDown={onKeyDown}
          onClick={onClick}
          onFocus={() => setFocused(true)}
          onBlur={() => setFocused(false)}
        />
      </div>
      <p className="sr-only" aria-live="polite">
        {focused && current ? nodeLabel(current) : ''}
      </p>
    </div>
  );
}
