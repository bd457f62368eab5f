import type { ZoomControls } from './useZoom';

/** Zoom in, zoom out and fit, as buttons (the same as `+`, `-` and `0` on the graph). */
export function GraphToolbar({ controls }: { readonly controls: ZoomControls }) {
  return (
    <div className="graph-toolbar" role="toolbar" aria-label="Graph view">
      <button type="button" className="icon-button" aria-label="Zoom in" onClick={() => controls.zoomBy(1.25)}>
        <span aria-hidden="true">+</span>
      </button>
      <button type="button" className="icon-button" aria-label="Zoom out" onClick={() => controls.zoomBy(0.8)}>
        <span aria-hidden="true">−</span>
      </button>
      <button type="button" className="button button-small" onClick={() => controls.fit()}>
        Fit
      </button>
    </div>
  );
}
