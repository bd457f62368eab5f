import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { layoutDag } from '../../../src/core/layout/layoutDag';
import type { Layout } from '../../../src/core/layout/Layout';
import { randomLayeredDag } from '../../../bench/randomLayeredDag';
import { dagArbitrary } from './dagArbitrary';

function expectNoOverlap(layout: Layout, horizontalLayers: boolean): void {
  const byLayer = new Map<number, Layout['nodes'][number][]>();
  for (const node of layout.nodes) byLayer.set(node.layer, [...(byLayer.get(node.layer) ?? []), node]);
  for (const row of byLayer.values()) {
    const sorted = [...row].sort((a, b) => a.order - b.order);
    for (let i = 1; i < sorted.length; i++) {
      const a = sorted[i - 1]!;
      const b = sorted[i]!;
      if (horizontalLayers) expect(b.x - b.width / 2).toBeGreaterThanOrEqual(a.x + a.width / 2 - 1e-6);
      else expect(b.y - b.height / 2).toBeGreaterThanOrEqual(a.y + a.height / 2 - 1e-6);
    }
  }
}

describe('layoutDag', () => {
  const diamond = {
    nodeCount: 4,
    edges: [
      [0, 1],
      [0, 2],
      [1, 3],
      [2, 3],
      [0, 3],
    ] as const,
  };

  it('gives the same positions for the same input', () => {
    const plan = randomLayeredDag(83, 3);
    expect(layoutDag(plan)).toEqual(layoutDag(plan));
  });

  it('places a diamond symmetrically: the two middle nodes side by side under the top', () => {
    const { nodes } = layoutDag(diamond, { nodeWidth: 100, nodeHeight: 30, nodeGap: 20, layerGap: 50 });
    expect(nodes.map((n) => n.layer)).toEqual([0, 1, 1, 2]);
    expect(Math.abs(nodes[1]!.x - nodes[2]!.x)).toBe(120);
    expect(nodes[0]!.x).toBeCloseTo((nodes[1]!.x + nodes[2]!.x) / 2);
    expect(nodes[3]!.x).toBeCloseTo(nodes[0]!.x);
    expect(nodes.map((n) => n.y)).toEqual([15, 95, 95, 175]);
  });

  it('hides transitive edges by default and draws them with keepTransitive', () => {
    const reduced = layoutDag(diamond);
    expect(reduced.hidden).toEqual([[0, 3]]);
    expect(reduced.edges.map((e) => [e.from, e.to])).not.toContainEqual([0, 3]);
    const full = layoutDag(diamond, { keepTransitive: true });
    expect(full.hidden).toEqual([]);
    expect(full.edges.map((e) => [e.from, e.to])).toContainEqual([0, 3]);
  });

  it('draws edges from an earlier layer to a later one, downwards, with no overlapping nodes', () => {
    fc.assert(
      fc.property(dagArbitrary(30), fc.boolean(), ({ nodeCount, edges }, keepTransitive) => {
        const layout = layoutDag({ nodeCount, edges }, { keepTransitive });
        expect(layout.edges.length + layout.hidden.length).toBe(edges.length);
        for (const edge of layout.edges) {
          expect(layout.nodes[edge.from]!.layer).toBeLessThan(layout.nodes[edge.to]!.layer);
          for (let i = 1; i < edge.points.length; i++) expect(edge.points[i]!.y).toBeGreaterThanOrEqual(edge.points[i - 1]!.y);
        }
        expectNoOverlap(layout, true);
        for (const node of layout.nodes) {
          expect(node.x - node.width / 2).toBeGreaterThanOrEqual(-1e-6);
          expect(node.x + node.width / 2).toBeLessThanOrEqual(layout.width + 1e-6);
          expect(node.y + node.height / 2).toBeLessThanOrEqual(layout.height + 1e-6);
        }
      }),
      { numRuns: 60 },
    );
  });

  it('respects per-node widths', () => {
    const layout = layoutDag(
      {
        nodeCount: 3,
        edges: [
          [0, 1],
          [0, 2],
        ],
        widths: [60, 300, 300],
      },
      { nodeGap: 10 },
    );
    expect(layout.nodes.map((n) => n.width)).toEqual([60, 300, 300]);
    expect(Math.abs(layout.nodes[1]!.x - layout.nodes[2]!.x)).toBe(310);
    expect(layout.width).toBe(610);
  });

  it('lays layers left to right with direction right', () => {
    const layout = layoutDag(
      {
        nodeCount: 3,
        edges: [
          [0, 1],
          [1, 2],
        ],
      },
      { direction: 'right', nodeWidth: 100, layerGap: 40 },
    );
    expect(layout.nodes.map((n) => n.x)).toEqual([50, 190, 330]);
    expect(new Set(layout.nodes.map((n) => n.y)).size).toBe(1);
    for (const edge of layout.edges) expect(edge.points[0]!.x).toBeLessThan(edge.points[edge.points.length - 1]!.x);
    expectNoOverlap(layoutDag(randomLayeredDag(40, 2), { direction: 'right' }), false);
  });

  it('routes a long edge through one bend pair per layer it crosses', () => {
    const layout = layoutDag(
      {
        nodeCount: 4,
        edges: [
          [0, 1],
          [1, 2],
          [2, 3],
          [0, 3],
        ],
      },
      { keepTransitive: true },
    );
    const long = layout.edges.find((e) => e.from === 0 && e.to === 3)!;
    expect(long.points).toHaveLength(2 + 2 * 2);
  });

  it('breaks a cycle instead of failing', () => {
    const layout = layoutDag({
      nodeCount: 3,
      edges: [
        [0, 1],
        [1, 2],
        [2, 0],
      ],
    });
    expect(layout.dropped).toEqual([[2, 0]]);
    expect(layout.layerCount).toBe(3);
  });

  it('lays out an empty graph and a lone node', () => {
    expect(layoutDag({ nodeCount: 0, edges: [] })).toMatchObject({ nodes: [], edges: [], width: 0, height: 0 });
    expect(layoutDag({ nodeCount: 1, edges: [] }).nodes).toEqual([{ x: 90, y: 20, width: 180, height: 40, layer: 0, order: 0 }]);
  });
});
