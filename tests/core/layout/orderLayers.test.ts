import { describe, expect, it } from 'vitest';
import { buildProperGraph } from '../../../src/core/layout/ProperGraph';
import { orderLayers, totalCrossings } from '../../../src/core/layout/orderLayers';
import { assignLayers } from '../../../src/core/layout/assignLayers';
import { randomLayeredDag } from '../../../bench/randomLayeredDag';
import type { LayoutEdge } from '../../../src/core/layout/Layout';

const effort = { sweeps: 12, restarts: 2, seed: 1 };

function crossingsOf(nodeCount: number, edges: readonly LayoutEdge[], layers: readonly number[][], size: number): number {
  const graph = buildProperGraph(nodeCount, edges, assignLayers(nodeCount, edges));
  const pos = new Int32Array(size);
  for (const row of layers) row.forEach((v, i) => (pos[v] = i));
  return totalCrossings(graph, layers, pos);
}

describe('orderLayers', () => {
  it('uncrosses two parallel edges given in crossed order', () => {
    const edges: LayoutEdge[] = [
      [0, 3],
      [1, 2],
    ];
    const graph = buildProperGraph(4, edges, assignLayers(4, edges));
    const layers = orderLayers(graph, effort);
    expect(crossingsOf(4, edges, layers, graph.size)).toBe(0);
    expect(layers.map((l) => l.length)).toEqual([2, 2]);
  });

  it('keeps every node, each in its own layer, and beats the given order on a plan', () => {
    const plan = randomLayeredDag(150, 4);
    const graph = buildProperGraph(plan.nodeCount, plan.edges, assignLayers(plan.nodeCount, plan.edges));
    const layers = orderLayers(graph, effort);
    expect(layers.flat().sort((a, b) => a - b)).toEqual(Array.from({ length: graph.size }, (_, i) => i));
    layers.forEach((row, l) => row.forEach((v) => expect(graph.layerOf[v]).toBe(l)));
    const before = crossingsOf(plan.nodeCount, plan.edges, graph.layers, graph.size);
    const after = crossingsOf(plan.nodeCount, plan.edges, layers, graph.size);
    expect(after).toBeLessThan(before / 2);
  });
});

describe('sifting', () => {
  it('never adds crossings and usually removes some', () => {
    let gained = 0;
    for (const seed of [1, 2, 3, 4]) {
      const plan = randomLayeredDag(200, seed);
      const graph = buildProperGraph(plan.nodeCount, plan.edges, assignLayers(plan.nodeCount, plan.edges));
      const plain = orderLayers(graph, { ...effort, restarts: 0 });
      const sifted = orderLayers(graph, { ...effort, restarts: 0, sift: true });
      const before = crossingsOf(plan.nodeCount, plan.edges, plain, graph.size);
      const after = crossingsOf(plan.nodeCount, plan.edges, sifted, graph.size);
      expect(after).toBeLessThanOrEqual(before);
      gained += before - after;
    }
    expect(gained).toBeGreaterThan(0);
  });
});

describe('shuffled restarts', () => {
  it('never add crossings (the first starts are the same), and find fewer on some plans', () => {
    let gained = 0;
    for (const seed of [1, 2, 3, 4, 5, 6]) {
      const plan = randomLayeredDag(60, seed);
      const graph = buildProperGraph(plan.nodeCount, plan.edges, assignLayers(plan.nodeCount, plan.edges));
      const few = crossingsOf(plan.nodeCount, plan.edges, orderLayers(graph, { ...effort, restarts: 1, sift: true }), graph.size);
      const many = crossingsOf(plan.nodeCount, plan.edges, orderLayers(graph, { ...effort, restarts: 16, sift: true }), graph.size);
      expect(many).toBeLessThanOrEqual(few);
      gained += few - many;
    }
    expect(gained).toBeGreaterThan(0);
  });
});
