import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { chainFrom } from '../../core/views';
import type { LayoutOptions } from '../../core/layout';
import type { GraphData, GraphNodeState } from './GraphData';
import { GraphCanvas } from './GraphCanvas';
import { GraphLegend } from './GraphLegend';
import { GraphDom } from './GraphDom';
import { useGraphLayout } from './useGraphLayout';
import './graph.css';

/**
 * Beyond this many concepts a canvas draws the graph: measured in Chromium without a GPU, the DOM
 * view falls below 50 frames a second while zooming past about 400 nodes (22 at 1,000), while
 * the canvas, drawing only what is in view, holds 60 at 1,000 and 2,000.
 */
export const CANVAS_THRESHOLD = 400;

interface Props {
  readonly data: GraphData;
  /** Accessible name of the drawing. */
  readonly label: string;
  readonly onOpen: (id: string) => void;
  /** The node that starts in the tab order (default: the first). */
  readonly start?: number;
  /** Bring this concept into view and focus it; a new object repeats the request. */
  readonly focus?: { readonly id: string } | null;
  readonly legend?: readonly GraphNodeState[];
  readonly options?: Partial<LayoutOptions>;
}

/**
 * A layered, zoomable drawing of concepts and their prerequisite edges: laid out by the core
 * (in a worker when large), drawn in the DOM, or on a canvas past `CANVAS_THRESHOLD` nodes.
 * Props in, `onOpen` out: no store, so any page can show any graph.
 */
export function GraphView({ data, label, onOpen, start = 0, focus = null, legend, options }: Props) {
  const laid = useGraphLayout(data, options);
  const [highlight, setHighlight] = useState<number | null>(null);
  const [focusRequest, setFocusRequest] = useState<{ index: number; seq: number } | null>(null);

  // Each focus request is served once, as soon as a layout can place it.
  const served = useRef<object | null>(null);
  useEffect(() => {
    if (!focus || !laid || served.current === focus) return;
    const index = laid.data.nodes.findIndex((n) => n.id === focus.id);
    if (index < 0) return;
    served.current = focus;
    setFocusRequest((r) => ({ index, seq: (r?.seq ?? 0) + 1 }));
  }, [focus, laid]);

  const why = useMemo(() => {
    if (!laid || highlight === null) return null;
    const chain = chainFrom(
      laid.data.nodes.length,
      laid.layout.edges.map((e) => [e.from, e.to] as const),
      highlight,
    );
    const node = laid.data.nodes[highlight];
    return node ? { title: node.title, onward: chain.nodes.size - 1 } : null;
  }, [laid, highlight]);
  const onHighlight = useCallback((i: number | null) => setHighlight(i), []);

  return (
    <figure className="graph-view">
      {legend && <GraphLegend states={legend} />}
      {!laid ? (
        <p className="graph-pending" role="status">
          Laying out {data.nodes.length} concepts…
        </p>
      ) : laid.data.nodes.length > CANVAS_THRESHOLD ? (
        <GraphCanvas graph={laid} label={label} onOpen={onOpen} start={start} focus={focusRequest} onHighlight={onHighlight} />
      ) : (
        <GraphDom graph={laid} label={label} onOpen={onOpen} start={start} focus={focusRequest} onHighlight={onHighlight} />
      )}
      <figcaption className="graph-caption">
        {why ? (
          <>
            <strong>{why.title}</strong>{' '}
            {why.onward === 0 ? 'is where this graph leads.' : `leads on to ${why.onward} ${why.onward === 1 ? 'concept' : 'concepts'}.`}
          </>
        ) : (
          'Prerequisites sit above what needs them. Hover or focus a concept to see what it leads to; Ctrl + scroll or pinch to zoom.'
        )}
      </figcaption>
    </figure>
  );
}
