import { useCallback, useEffect, useMemo, useRef, useState, type FocusEvent, type KeyboardEvent, type MouseEvent } from 'react';
import { chainFrom } from '../../core/views';
import { stepAlongEdges } from '../../core/views';
import { GraphDrawing } from './GraphDrawing';
import { GraphToolbar } from './GraphToolbar';
import type { LaidOutGraph } from './useGraphLayout';
import { ARROWS, PAN } from './graphKeys';
import { useZoom } from './useZoom';

interface Props {
  readonly graph: LaidOutGraph;
  /** Accessible name of the drawing (`Graph of the plan`). */
  readonly label: string;
  readonly onOpen: (id: string) => void;
  /** The node that starts in the tab order. */
  readonly start: number;
  /** A node to bring into view and focus (search-to-focus); `seq` repeats a request. */
  readonly focus?: { readonly index: number; readonly seq: number } | null;
  readonly onHighlight?: (index: number | null) => void;
}

const indexOf = (target: EventTarget | null): number | null => {
  const el = target instanceof Element ? target.closest('[data-index]') : null;
  return el ? Number(el.getAttribute('data-index')) : null;
};

/**
 * The graph in the DOM (SVG edges, link nodes) on one layer whose CSS transform is the view: a
 * pan or zoom changes that one transform, never a node. Nodes are links with a roving tab stop;
 * arrow keys move along edges (up to a prerequisite, down to what needs it, sideways within a
 * layer), `+`/`-` zoom, `0` fits, and on the drawing itself arrows pan. Hover or focus
 * highlights the node's chain to the goal.
 */
export function GraphDom({ graph, label, onOpen, start, focus, onHighlight }: Props) {
  const { data, layout } = graph;
  const surface = useRef<HTMLDivElement>(null);
  const layer = useRef<HTMLDivElement>(null);
  const [active, setActive] = useState(start);
  const [hovered, setHovered] = useState<number | null>(null);
  const [focused, setFocused] = useState<number | null>(null);
  const drawing = useMemo(() => ({ width: layout.width, height: layout.height }), [layout]);
  const controls = useZoom(
    surface,
    drawing,
    (t) => {
      const el = layer.current;
      if (!el) return;
      el.style.transform = `translate(${t.x}px,${t.y}px) scale(${t.k})`;
      // While the view moves, nodes take no pointer events: no hover repaints mid-gesture.
      if (!el.classList.contains('is-moving')) el.classList.add('is-moving');
    },
    () => layer.current?.classList.remove('is-moving'),
  );

  useEffect(() => setActive(Math.min(start, Math.max(0, data.nodes.length - 1))), [start, data]);

  const highlight = hovered ?? focused;
  useEffect(() => onHighlight?.(highlight), [highlight, onHighlight]);
  const edgeList = useMemo(() => layout.edges.map((e) => [e.from, e.to] as const), [layout]);
  const chain = useMemo(() => (highlight === null ? null : chainFrom(data.nodes.length, edgeList, highlight)), [highlight, edgeList, data]);

  const focusNode = useCallback((index: number) => {
    setActive(index);
    surface.current?.querySelector<HTMLElement>(`[data-index="${index}"]`)?.focus();
  }, []);

  useEffect(() => {
    if (!focus) return;
    const box = layout.nodes[focus.index];
    if (!box) return;
    controls.centreOn({ x: box.x - box.width / 2, y: box.y - box.height / 2, width: box.width, height: box.height });
    setActive(focus.index);
    surface.current?.querySelector<HTMLElement>(`[data-index="${focus.index}"]`)?.focus({ preventScroll: true });
  }, [focus, layout, controls]);

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const node = indexOf(event.target);
    const arrow = ARROWS[event.key];
    if (event.key === '+' || event.key === '=') controls.zoomBy(1.25);
    else if (event.key === '-' || event.key === '_') controls.zoomBy(0.8);
    else if (event.key === '0') controls.fit();
    else if (arrow && node !== null) {
      const next = stepAlongEdges(layout, node, arrow[layout.direction === 'down' ? 0 : 1]);
      if (next !== null) focusNode(next);
    } else if (arrow) {
      const [dx, dy] = PAN[event.key]!;
      controls.panBy(dx, dy);
    } else if (event.key === 'Enter' && node !== null) onOpen(data.nodes[node]!.id);
    else return;
    event.preventDefault();
    event.stopPropagation();
  }

  function onClick(event: MouseEvent<HTMLDivElement>) {
    const node = indexOf(event.target);
    if (node === null || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    onOpen(data.nodes[node]!.id);
  }

  function onFocus(event: FocusEvent<HTMLDivElement>) {
    const node = indexOf(event.target);
    setFocused(node);
    if (node === null) return;
    setActive(node);
    const box = layout.nodes[node]!;
    controls.show({ x: box.x - box.width / 2, y: box.y - box.height / 2, width: box.width, height: box.height });
  }

  return (
    <div className="graph-box">
      <GraphToolbar controls={controls} />
      <div className="graph-frame">
        <div
          ref={surface}
          className="graph-surface"
          role="group"
          aria-label={`${label}. Arrow keys pan, plus and minus zoom, 0 fits; Tab reaches the concepts, where arrow keys follow the prerequisite edges.`}
          tabIndex={0}
          onKeyDown={onKeyDown}
          onClick={onClick}
          onFocus={onFocus}
          onBlur={() => setFocused(null)}
          // No highlighting while the view moves: it would repaint every node mid-gesture.
          onPointerOver={(e) => controls.moving() || setHovered(indexOf(e.target))}
          onPointerLeave={() => setHovered(null)}
        >
          <div ref={layer} className="graph-layer">
            <GraphDrawing data={data} layout={layout} active={active} chain={chain} />
          </div>
        </div>
      </div>
    </div>
  );
}
