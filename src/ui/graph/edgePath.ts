import type { LayoutDirection, Point } from '../../core/layout';

/**
 * SVG path data for a drawn edge: straight runs through layers and an S-curve between them. The
 * curves share one shape across each gap, so two edges cross exactly when their straight
 * segments would, and the crossing count measured on polylines still holds.
 */
export function edgePath(points: readonly Point[], direction: LayoutDirection): string {
  const first = points[0];
  if (!first) return '';
  let d = `M${r(first.x)},${r(first.y)}`;
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1]!;
    const b = points[i]!;
    const straight = direction === 'down' ? a.x === b.x : a.y === b.y;
    if (straight) {
      d += `L${r(b.x)},${r(b.y)}`;
      continue;
    }
    if (direction === 'down') {
      const m = (a.y + b.y) / 2;
      d += `C${r(a.x)},${r(m)} ${r(b.x)},${r(m)} ${r(b.x)},${r(b.y)}`;
    } else {
      const m = (a.x + b.x) / 2;
      d += `C${r(m)},${r(a.y)} ${r(m)},${r(b.y)} ${r(b.x)},${r(b.y)}`;
    }
  }
  return d;
}

const r = (v: number): number => Math.round(v * 10) / 10;
