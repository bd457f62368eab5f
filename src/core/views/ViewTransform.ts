/** A zoom transform: screen = layout · k + (x, y), as d3-zoom's. */
export interface ViewTransform {
  readonly k: number;
  readonly x: number;
  readonly y: number;
}

/** A rectangle in layout or screen space. */
export interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/**
 * The transform showing a `width` × `height` drawing whole inside the viewport with `padding`
 * around it, centred, never magnified beyond `maxScale`. Below `minScale` it keeps `minScale` and
 * shows the top middle instead (where a plan starts), so text stays legible.
 */
export function fitTransform(
  drawing: { readonly width: number; readonly height: number },
  viewport: { readonly width: number; readonly height: number },
  padding = 16,
  scales: { readonly min: number; readonly max: number } = { min: 0, max: 1 },
): ViewTransform {
  const w = Math.max(drawing.width, 1);
  const h = Math.max(drawing.height, 1);
  const fit = Math.min((viewport.width - 2 * padding) / w, (viewport.height - 2 * padding) / h);
  const k = Math.min(scales.max, Math.max(fit, scales.min, 1e-3));
  const x = (viewport.width - w * k) / 2;
  const y = k > fit ? padding : (viewport.height - h * k) / 2;
  return { k, x, y };
}

/**
 * The smallest pan of `current` that brings `box` (layout space) inside the viewport with
 * `margin` to spare; the same transform when it is already visible. Keyboard focus and search use
 * it so the focused node is never off screen.
 */
export function panToShow(
  current: ViewTransform,
  box: Box,
  viewport: { readonly width: number; readonly height: number },
  margin = 24,
): ViewTransform {
  const shift = (start: number, size: number, extent: number, offset: number): number => {
    const lo = start * current.k + offset;
    const hi = (start + size) * current.k + offset;
    if (hi - lo > extent - 2 * margin) return offset + (extent / 2 - (lo + hi) / 2);
    if (lo < margin) return offset + (margin - lo);
    if (hi > extent - margin) return offset - (hi - (extent - margin));
    return offset;
  };
  const x = shift(box.x, box.width, viewport.width, current.x);
  const y = shift(box.y, box.height, viewport.height, current.y);
  return x === current.x && y === current.y ? current : { k: current.k, x, y };
}
