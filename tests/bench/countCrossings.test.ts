import { describe, expect, it } from 'vitest';
import { countCrossings } from '../../bench/countCrossings';
import { layoutDag } from '../../src/core/layout/layoutDag';
import { buildProperGraph } from '../../src/core/layout/ProperGraph';
import { assignLayers } from '../../src/core/layout/assignLayers';
import { orderLayers, totalCrossings } from '../../src/core/layout/orderLayers';
import { randomLayeredDag } from '../../bench/randomLayeredDag';
import { transitiveReduction } from '../../src/core/layout/transitiveReduction';

const line = (from: number, to: number, ...xy: number[]) => ({
  from,
  to,
  points: Array.from({ length: xy.length / 2 }, (_, i) => ({ x: xy[2 * i]!, y: xy[2 * i + 1]! })),
});

describe('countCrossings', () => {
  it('counts an X once', () => {
    expect(countCrossings([line(0, 1, 0, 0, 10, 10), line(2, 3, 10, 0, 0, 10)])).toBe(1);
  });

  it('ignores edges that meet at a shared node and segments that only touch', () => {
    expect(countCrossings([line(0, 1, 0, 0, 10, 10), line(0, 2, 10, 0, 0, 10)])).toBe(0);
    expect(countCrossings([line(0, 1, 0, 0, 10, 10), line(2, 3, 10, 10, 20, 0)])).toBe(0);
  });

  it('counts every crossing of polylines that cross twice', () => {
    const zigzag = line(0, 1, 0, 0, 10, 10, 0, 20);
    const straight = line(2, 3, 5, -5, 5, 25);
    expect(countCrossings([zigzag, straight])).toBe(2);
  });

  it('agrees with the layer-by-layer count on a laid-out plan', () => {
    const plan = randomLayeredDag(120, 5);
    const { kept } = transitiveReduction(plan.nodeCount, plan.edges);
    const graph = buildProperGraph(plan.nodeCount, kept, assignLayers(plan.nodeCount, kept));
    const effort = { sweeps: 12, restarts: 2, seed: 1 };
    const layers = orderLayers(graph, { ...effort, sift: true });
    const pos = new Int32Array(graph.size);
    for (const row of layers) row.forEach((v, i) => (pos[v] = i));
    const layered = totalCrossings(graph, layers, pos);
    expect(layered).toBeGreaterThan(0);
    expect(countCrossings(layoutDag(plan, effort).edges)).toBe(layered);
  });
});
