/** Name of the performance mark set when a graph first paints (read by the browser tests). */
export const PAINT_MARK = 'graph:painted';

/** Marks the next frame after a graph's first drawing is committed, once per page load. */
export function markPainted(): () => void {
  const frame = requestAnimationFrame(() => {
    if (performance.getEntriesByName(PAINT_MARK).length === 0) performance.mark(PAINT_MARK);
  });
  return () => cancelAnimationFrame(frame);
}
