import type { Point } from '../src/core/layout';

/** A drawn edge for counting: its end nodes (any ids) and its polyline. */
export interface DrawnEdge {
  readonly from: number | string;
  readonly to: number | string;
  readonly points: readonly Point[];
}

interface Segment {
  readonly edge: number;
  readonly ax: number;
  readonly ay: number;
  readonly bx: number;
  readonly by: number;
  readonly minX: number;
  readonly maxX: number;
  readonly minY: number;
  readonly maxY: number;
}

/**
 * Edge crossings as drawn: pairs of polyline segments that properly intersect, from edges that
 * share no end node (edges meeting at a node touch by design). Layout-agnostic, so layouts from
 * different libraries are compared on the same measure. Sweep over x: O((s + k) log s).
 */
export function countCrossings(edges: readonly DrawnEdge[]): number {
  const segments: Segment[] = [];
  edges.forEach((e, edge) => {
    for (let i = 0; i + 1 < e.points.length; i++) {
      const a = e.points[i]!;
      const b = e.points[i + 1]!;
      if (a.x === b.x && a.y === b.y) continue;
      segments.push({
        edge,
        ax: a.x,
        ay: a.y,
        bx: b.x,
        by: b.y,
        minX: Math.min(a.x, b.x),
        maxX: Math.max(a.x, b.x),
        minY: Math.min(a.y, b.y),
        maxY: Math.max(a.y, b.y),
      });
    }
  });
  segments.sort((s, t) => s.minX - t.minX);
  let crossings = 0;
  let active: Segment[] = [];
  for (const s of segments) {
    active = active.filter((t) => t.maxX >= s.minX);
    for (const t of active) {
      if (t.maxY < s.minY || t.minY > s.maxY || t.edge === s.edge) continue;
      const e = edges[s.edge]!;
      const f = edges[t.edge]!;
      if (e.from === f.from || e.from === f.to || e.to === f.from || e.to === f.to) continue;
      if (properlyIntersect(s, t)) crossings++;
    }
    active.push(s);
  }
  return crossings;
}

const EPSILON = 1e-9;

function orientation(ax: number, ay: number, bx: number, by: number, cx: number, cy: number): number {
  const cross = (bx - ax) * (cy - ay) - (by - ay) * (cx - ax);
  return Math.abs(cross) < EPSILON ? 0 : Math.sign(cross);
}

/** Each segment's ends lie strictly on opposite sides of the other's line. */
function properlyIntersect(s: Segment, t: Segment): boolean {
  const o1 = orientation(s.ax, s.ay, s.bx, s.by, t.ax, t.ay);
  const o2 = orientation(s.ax, s.ay, s.bx, s.by, t.bx, t.by);
  const o3 = orientation(t.ax, t.ay, t.bx, t.by, s.ax, s.ay);
  const o4 = orientation(t.ax, t.ay, t.bx, t.by, s.bx, s.by);
  return o1 * o2 < 0 && o3 * o4 < 0;
}
