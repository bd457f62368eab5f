import type { ProperGraph } from './ProperGraph';
import { countLayerCrossings } from './countLayerCrossings';
import { seededRandom } from './seededRandom';
import { siftLayers } from './siftLayers';
import { transposeLayers } from './transposeLayers';

/** How hard crossing reduction works. */
export interface OrderEffort {
  readonly sweeps: number;
  readonly restarts: number;
  readonly seed: number;
  /** Also sift each node to its best place once the sweeps settle. */
  readonly sift?: boolean;
}

/** Sweeps without improvement after which a start order is abandoned. */
const PATIENCE = 4;
/** Most rounds of sifting on a start's best order; each round rarely gains after the second. */
const SIFT_ROUNDS = 4;

/**
 * Orders the nodes within each layer to reduce edge crossings: layer-by-layer barycentre sweeps,
 * alternately down and up, each followed by adjacent swaps (transposition), then if asked sifting,
 * from two depth-first
 * start orders and `restarts` seeded shuffles; the order with the fewest crossings wins.
 * Deterministic for a given graph and effort.
 */
export function orderLayers(graph: ProperGraph, effort: OrderEffort): number[][] {
  const pos = new Int32Array(graph.size);
  const random = seededRandom(effort.seed);
  const starts: (() => number[][])[] = [() => depthFirstOrder(graph, true), () => depthFirstOrder(graph, false)];
  for (let r = 0; r < effort.restarts; r++) {
    starts.push(() => graph.layers.map((layer) => shuffle([...layer], random)));
  }
  let best: number[][] = graph.layers.map((layer) => [...layer]);
  let bestCrossings = Infinity;
  for (const start of starts) {
    const layers = start();
    setPositions(layers, pos);
    let current = totalCrossings(graph, layers, pos);
    let runBest = layers.map((layer) => [...layer]);
    let runCrossings = current;
    let stale = 0;
    for (let sweep = 0; sweep < effort.sweeps && runCrossings > 0 && stale < PATIENCE; sweep++) {
      const downward = sweep % 2 === 0;
      for (let k = 1; k < layers.length; k++) {
        const l = downward ? k : layers.length - 1 - k;
        reorderByBarycentre(layers[l]!, downward ? graph.up : graph.down, pos);
      }
      transposeLayers(graph, layers, pos);
      current = totalCrossings(graph, layers, pos);
      if (current < runCrossings) {
        runCrossings = current;
        runBest = layers.map((layer) => [...layer]);
        stale = 0;
      } else stale++;
    }
    if (effort.sift) {
      // Sifting finds moves that the sweeps' local swaps cannot; it is dearer, so it polishes
      // each start's best order rather than every sweep.
      setPositions(runBest, pos);
      for (let round = 0; round < SIFT_ROUNDS && runCrossings > 0; round++) {
        siftLayers(graph, runBest, pos);
        transposeLayers(graph, runBest, pos);
        const after = totalCrossings(graph, runBest, pos);
        if (after >= runCrossings) break;
        runCrossings = after;
      }
    }
    if (runCrossings < bestCrossings) {
      bestCrossings = runCrossings;
      best = runBest;
    }
    if (bestCrossings === 0) break;
  }
  return best;
}

/** Total crossings of an ordering; `pos` must match `layers`. */
export function totalCrossings(graph: ProperGraph, layers: readonly number[][], pos: Int32Array): number {
  let sum = 0;
  for (let l = 1; l < layers.length; l++) sum += countLayerCrossings(layers[l]!, graph.up, pos);
  return sum;
}

function setPositions(layers: readonly number[][], pos: Int32Array): void {
  for (const layer of layers) layer.forEach((v, i) => (pos[v] = i));
}

/** Sorts nodes with neighbours by the mean position of those neighbours; the others stay put. */
function reorderByBarycentre(layer: number[], neighbours: readonly (readonly number[])[], pos: Int32Array): void {
  const movable: { v: number; key: number; at: number }[] = [];
  layer.forEach((v, at) => {
    const ns = neighbours[v]!;
    if (ns.length === 0) return;
    let sum = 0;
    for (const n of ns) sum += pos[n]!;
    movable.push({ v, key: sum / ns.length, at });
  });
  movable.sort((a, b) => a.key - b.key || a.at - b.at);
  let next = 0;
  for (let i = 0; i < layer.length; i++) {
    if (neighbours[layer[i]!]!.length === 0) continue;
    layer[i] = movable[next++]!.v;
  }
  layer.forEach((v, i) => (pos[v] = i));
}

/** Layers in the order a depth-first walk from the sources (or the sinks) first reaches them. */
function depthFirstOrder(graph: ProperGraph, topDown: boolean): number[][] {
  const forward = topDown ? graph.down : graph.up;
  const backward = topDown ? graph.up : graph.down;
  const layers: number[][] = graph.layers.map(() => []);
  const seen = new Uint8Array(graph.size);
  const visit = (root: number): void => {
    const stack = [root];
    while (stack.length > 0) {
      const v = stack.pop()!;
      if (seen[v]) continue;
      seen[v] = 1;
      layers[graph.layerOf[v]!]!.push(v);
      const next = forward[v]!;
      for (let i = next.length - 1; i >= 0; i--) if (!seen[next[i]!]) stack.push(next[i]!);
    }
  };
  for (let v = 0; v < graph.realCount; v++) if (backward[v]!.length === 0) visit(v);
  for (let v = 0; v < graph.size; v++) visit(v);
  return layers;
}

function shuffle<T>(items: T[], random: () => number): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [items[i], items[j]] = [items[j]!, items[i]!];
  }
  return items;
}
