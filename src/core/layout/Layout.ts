/** A point in layout space (pixels before any zoom). */
export interface Point {
  readonly x: number;
  readonly y: number;
}

/** A directed edge `[from, to]` between node indices: `from` is a prerequisite of `to`. */
export type LayoutEdge = readonly [number, number];

/** What to lay out: nodes `0 .. nodeCount - 1` and prerequisite edges between them. */
export interface LayoutInput {
  readonly nodeCount: number;
  readonly edges: readonly LayoutEdge[];
  /** Width of each node box; defaults to `options.nodeWidth`. */
  readonly widths?: readonly number[];
}

/** Where layers run: `down` puts prerequisites above, `right` puts them to the left. */
export type LayoutDirection = 'down' | 'right';

/** Sizes and effort of a layout. Every field has a default in `DEFAULT_LAYOUT_OPTIONS`. */
export interface LayoutOptions {
  readonly nodeWidth: number;
  readonly nodeHeight: number;
  /** Free space between neighbouring boxes in one layer. */
  readonly nodeGap: number;
  /** Free space between two layers. */
  readonly layerGap: number;
  readonly direction: LayoutDirection;
  /** Keep edges implied by longer paths (they are hidden by default). */
  readonly keepTransitive: boolean;
  /** Down-and-up sweeps of crossing reduction per start order. */
  readonly sweeps: number;
  /** Extra shuffled start orders tried after the two depth-first ones. */
  readonly restarts: number;
  /** Seed of the shuffled start orders, so a layout is reproducible. */
  readonly seed: number;
}

/** Defaults tuned for plan graphs of 10–1,000 concepts with one-line titles. */
export const DEFAULT_LAYOUT_OPTIONS: LayoutOptions = {
  nodeWidth: 180,
  nodeHeight: 40,
  nodeGap: 24,
  layerGap: 56,
  direction: 'down',
  keepTransitive: false,
  sweeps: 8,
  // Each shuffled start costs well under a millisecond on a plan of 50–100 concepts, and the best
  // of many finds orders the two depth-first starts miss (a third fewer crossings on some plans).
  restarts: 16,
  seed: 1,
};

/** A placed node: the centre of its box, its size, its layer and position within the layer. */
export interface LaidOutNode {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  readonly layer: number;
  readonly order: number;
}

/** A drawn edge: a polyline from the `from` box's border to the `to` box's border. */
export interface LaidOutEdge {
  readonly from: number;
  readonly to: number;
  readonly points: readonly Point[];
}

/**
 * A finished layout. Invariants: `nodes[i]` is input node `i`; boxes in one layer do not overlap;
 * every drawn edge runs from a lower layer to a higher one; `hidden` holds the transitive edges
 * left out (empty with `keepTransitive`) and `dropped` the edges left out to break cycles.
 */
export interface Layout {
  readonly nodes: readonly LaidOutNode[];
  readonly edges: readonly LaidOutEdge[];
  readonly hidden: readonly LayoutEdge[];
  readonly dropped: readonly LayoutEdge[];
  readonly width: number;
  readonly height: number;
  readonly layerCount: number;
  readonly direction: LayoutDirection;
}
