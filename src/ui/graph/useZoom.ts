import { select } from 'd3-selection';
import { zoom, zoomIdentity, type D3ZoomEvent, type ZoomBehavior } from 'd3-zoom';
import { useCallback, useEffect, useMemo, useRef, type RefObject } from 'react';
import { fitTransform, panToShow, type Box, type ViewTransform } from '../../core/views';

/** Zoom limits; below READABLE the initial view stops shrinking and shows the top instead. */
const MIN_SCALE = 0.04;
const MAX_SCALE = 2.5;
const READABLE = 0.45;
const ANIMATION_MS = 220;
/** Quiet time after the last move before the view counts as settled. */
const SETTLE_MS = 120;
/** Pan step of one arrow key press, in screen pixels. */
export const PAN_STEP = 64;

/** Ways to move the view; each animates unless the learner prefers reduced motion. */
export interface ZoomControls {
  zoomBy(factor: number): void;
  panBy(dx: number, dy: number): void;
  fit(): void;
  /** Pans the least needed to bring a box (layout space) into view. */
  show(box: Box): void;
  /** Puts a box (layout space) in the middle of the view at a readable scale. */
  centreOn(box: Box): void;
  current(): ViewTransform;
  /** True from the first move of a gesture or animation until the view settles. */
  moving(): boolean;
}

const reducedMotion = (): boolean =>
  typeof window.matchMedia === 'function' && window.matchMedia('(prefers-reduced-motion: reduce)').matches;

function viewportOf(element: Element): { width: number; height: number } {
  // jsdom has no layout; any size keeps the maths defined there.
  return { width: element.clientWidth || 800, height: element.clientHeight || 500 };
}

/**
 * Attaches d3-zoom to `target` (mouse drag, touch, Ctrl/⌘ + wheel or pinch; plain wheel scrolls
 * the page) and reports every transform to `onTransform`, which applies it in one place (one
 * transform on a layer, or one canvas redraw) rather than per node, and to `onSettle` once moves
 * pause. Fits `drawing` on first show.
 */
export function useZoom(
  target: RefObject<Element | null>,
  drawing: { readonly width: number; readonly height: number } | null,
  onTransform: (transform: ViewTransform) => void,
  onSettle?: (transform: ViewTransform) => void,
): ZoomControls {
  const behaviour = useRef<ZoomBehavior<Element, unknown> | null>(null);
  const transform = useRef<ViewTransform>({ k: 1, x: 0, y: 0 });
  const frame = useRef(0);
  const settleTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const isMoving = useRef(false);
  const report = useRef(onTransform);
  const settle = useRef(onSettle);
  useEffect(() => {
    report.current = onTransform;
    settle.current = onSettle;
  });

  useEffect(() => {
    const element = target.current;
    if (!element) return;
    const b = zoom<Element, unknown>()
      .scaleExtent([MIN_SCALE, MAX_SCALE])
      // The element's own box, for the DOM view and the canvas alike (and defined in jsdom).
      .extent(() => {
        const { width, height } = viewportOf(element);
        return [
          [0, 0],
          [width, height],
        ];
      })
      .filter((event: Event) =>
        event.type === 'wheel' ? (event as WheelEvent).ctrlKey || (event as WheelEvent).metaKey : !(event as MouseEvent).button,
      )
      .on('zoom', (event: D3ZoomEvent<Element, unknown>) => {
        const { k, x, y } = event.transform;
        transform.current = { k, x, y };
        isMoving.current = true;
        clearTimeout(settleTimer.current);
        report.current(transform.current);
      })
      .on('end', () => {
        clearTimeout(settleTimer.current);
        settleTimer.current = setTimeout(() => {
          isMoving.current = false;
          settle.current?.(transform.current);
        }, SETTLE_MS);
      });
    select(element).call(b).on('dblclick.zoom', null);
    behaviour.current = b;
    return () => {
      cancelAnimationFrame(frame.current);
      clearTimeout(settleTimer.current);
      select(element).on('.zoom', null);
      behaviour.current = null;
    };
  }, [target]);

  const jump = useCallback(
    (t: ViewTransform) => {
      const element = target.current;
      if (element && behaviour.current) behaviour.current.transform(select(element), zoomIdentity.translate(t.x, t.y).scale(t.k));
    },
    [target],
  );

  const moveTo = useCallback(
    (to: ViewTransform) => {
      const element = target.current;
      if (!element) return;
      cancelAnimationFrame(frame.current);
      const from = transform.current;
      if (reducedMotion()) return jump(to);
      // Interpolate the layout point at the view's centre and the log of the scale, so zooming
      // looks like moving a camera rather than sliding the drawing sideways.
      const { width, height } = viewportOf(element);
      const centre = (t: ViewTransform) => ({ x: (width / 2 - t.x) / t.k, y: (height / 2 - t.y) / t.k });
      const a = centre(from);
      const z = centre(to);
      // Time from the frames' own clock (it may differ from performance.now's origin).
      let start = -1;
      const step = (now: number): void => {
        if (start < 0) start = now;
        const s = Math.min(1, (now - start) / ANIMATION_MS);
        const e = s * (2 - s);
        const k = Math.exp(Math.log(from.k) + (Math.log(to.k) - Math.log(from.k)) * e);
        const cx = a.x + (z.x - a.x) * e;
        const cy = a.y + (z.y - a.y) * e;
        jump({ k, x: width / 2 - cx * k, y: height / 2 - cy * k });
        if (s < 1) frame.current = requestAnimationFrame(step);
      };
      frame.current = requestAnimationFrame(step);
    },
    [jump, target],
  );

  // The first view stops at a readable scale; the Fit button shows everything.
  const fitView = useCallback(
    (animate: boolean) => {
      const element = target.current;
      if (!element || !drawing) return;
      const t = fitTransform(drawing, viewportOf(element), 16, { min: animate ? MIN_SCALE : READABLE, max: 1 });
      if (animate) return moveTo(t);
      // A jump is over at once: settle now rather than after the quiet time.
      jump(t);
      clearTimeout(settleTimer.current);
      isMoving.current = false;
      settle.current?.(t);
    },
    [drawing, jump, moveTo, target],
  );

  // The first drawing starts fitted; later ones (a step marked known) keep the learner's view.
  const fitted = useRef(false);
  useEffect(() => {
    if (!drawing || fitted.current) return;
    fitted.current = true;
    fitView(false);
  }, [drawing, fitView]);

  return useMemo<ZoomControls>(
    () => ({
      zoomBy(factor) {
        const element = target.current;
        if (!element) return;
        const { width: w, height: h } = viewportOf(element);
        const t = transform.current;
        const k = Math.min(MAX_SCALE, Math.max(MIN_SCALE, t.k * factor));
        // Zoom about the centre of the view.
        moveTo({ k, x: w / 2 - ((w / 2 - t.x) / t.k) * k, y: h / 2 - ((h / 2 - t.y) / t.k) * k });
      },
      panBy(dx, dy) {
        const t = transform.current;
        moveTo({ k: t.k, x: t.x + dx, y: t.y + dy });
      },
      fit() {
        fitView(true);
      },
      show(box) {
        const element = target.current;
        if (!element) return;
        const t = panToShow(transform.current, box, viewportOf(element));
        if (t !== transform.current) moveTo(t);
      },
      centreOn(box) {
        const element = target.current;
        if (!element) return;
        const { width: w, height: h } = viewportOf(element);
        const k = Math.max(transform.current.k, 0.8);
        moveTo({ k, x: w / 2 - (box.x + box.width / 2) * k, y: h / 2 - (box.y + box.height / 2) * k });
      },
      current: () => transform.current,
      moving: () => isMoving.current,
    }),
    [fitView, moveTo, target],
  );
}
