import type { Layout } from '../../core/layout';
import type { ViewTransform } from '../../core/views';
import type { GraphData, GraphNodeState } from './GraphData';

/** Below this scale titles are too small to read, so they are not drawn. */
const TEXT_SCALE = 0.35;

/** Colours resolved from the CSS tokens (a canvas cannot read `var()`). */
export interface GraphPalette {
  readonly edge: string;
  readonly border: string;
  readonly text: string;
  readonly focus: string;
  readonly font: string;
  readonly fill: Readonly<Record<GraphNodeState, string>>;
  readonly stroke: Readonly<Record<GraphNodeState, string>>;
}

/** Reads the palette from the tokens in effect on `element` (light or dark). */
export function paletteOf(element: Element): GraphPalette {
  const style = getComputedStyle(element);
  const token = (name: string): string => style.getPropertyValue(name).trim() || 'gray';
  return {
    edge: token('--border-strong'),
    border: token('--border-strong'),
    text: token('--text'),
    focus: token('--focus'),
    font: token('--font-sans') || 'sans-serif',
    fill: { known: token('--known-soft'), learning: token('--learning-soft'), ready: token('--accent-soft'), later: token('--surface') },
    stroke: { known: token('--known'), learning: token('--learning'), ready: token('--accent'), later: token('--border-strong') },
  };
}

/**
 * Paints the graph on a 2D canvas of `width` × `height` CSS pixels under the view transform,
 * drawing only what is in view, so a frame costs what the screen shows rather than the graph's
 * size. States differ by border as in the DOM view: dashed for known, heavy for ready now.
 */
export function paintGraph(
  ctx: CanvasRenderingContext2D,
  graph: { readonly data: GraphData; readonly layout: Layout },
  view: ViewTransform,
  size: { readonly width: number; readonly height: number; readonly ratio: number },
  palette: GraphPalette,
  cursor: number | null,
): void {
  const { data, layout } = graph;
  const { k, x, y } = view;
  const { ratio } = size;
  ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
  ctx.clearRect(0, 0, size.width, size.height);
  ctx.setTransform(ratio * k, 0, 0, ratio * k, ratio * x, ratio * y);
  const left = -x / k;
  const top = -y / k;
  const right = left + size.width / k;
  const bottom = top + size.height / k;
  const inView = (x0: number, y0: number, x1: number, y1: number): boolean => x1 >= left && x0 <= right && y1 >= top && y0 <= bottom;

  ctx.strokeStyle = palette.edge;
  ctx.lineWidth = 1.5;
  ctx.setLineDash([]);
  ctx.beginPath();
  for (const edge of layout.edges) {
    let x0 = Infinity;
    let x1 = -Infinity;
    for (const p of edge.points) {
      x0 = Math.min(x0, p.x);
      x1 = Math.max(x1, p.x);
    }
    const y0 = edge.points[0]!.y;
    const y1 = edge.points[edge.points.length - 1]!.y;
    if (!inView(x0, Math.min(y0, y1), x1, Math.max(y0, y1))) continue;
    edge.points.forEach((p, i) => (i === 0 ? ctx.moveTo(p.x, p.y) : ctx.lineTo(p.x, p.y)));
  }
  ctx.stroke();

  const visible: number[] = [];
  layout.nodes.forEach((b, i) => {
    if (inView(b.x - b.width / 2, b.y - b.height / 2, b.x + b.width / 2, b.y + b.height / 2)) visible.push(i);
  });
  for (const i of visible) {
    const b = layout.nodes[i]!;
    const state = data.nodes[i]!.state;
    ctx.fillStyle = palette.fill[state];
    ctx.strokeStyle = palette.stroke[state];
    ctx.lineWidth = state === 'ready' ? 3 : state === 'learning' ? 2 : 1;
    ctx.setLineDash(state === 'known' ? [4, 3] : []);
    ctx.fillRect(b.x - b.width / 2, b.y - b.height / 2, b.width, b.height);
    ctx.strokeRect(b.x - b.width / 2, b.y - b.height / 2, b.width, b.height);
  }
  ctx.setLineDash([]);
  const ring = cursor === null ? undefined : layout.nodes[cursor];
  if (ring) {
    ctx.strokeStyle = palette.focus;
    ctx.lineWidth = Math.max(3, 3 / k);
    ctx.strokeRect(ring.x - ring.width / 2 - 4, ring.y - ring.height / 2 - 4, ring.width + 8, ring.height + 8);
  }
  if (k < TEXT_SCALE) return;
  ctx.fillStyle = palette.text;
  ctx.font = `13px ${palette.font}`;
  ctx.textBaseline = 'middle';
  for (const i of visible) {
    const b = layout.nodes[i]!;
    const node = data.nodes[i]!;
    const label = node.step === undefined ? node.title : `${node.step}. ${node.title}`;
    ctx.fillText(label, b.x - b.width / 2 + 12, b.y, b.width - 20);
  }
}
