import type { LayoutEdge } from './Layout';

/**
 * A layered graph in which every edge joins adjacent layers: each long edge is split by one dummy
 * node per layer it crosses. Nodes `0 .. realCount - 1` are the input nodes, the rest dummies.
 * Invariants: `up[v]` lie on layer `layerOf[v] - 1`, `down[v]` on `layerOf[v] + 1`; `chains[k]` is
 * edge `k` as `[from, ...dummies, to]`; `layers[l]` holds every node of layer `l`.
 */
export interface ProperGraph {
  readonly size: number;
  readonly realCount: number;
  readonly layerOf: Int32Array;
  readonly layers: number[][];
  readonly up: number[][];
  readonly down: number[][];
  readonly chains: number[][];
}

/** Splits long edges with dummy nodes; nodes keep index order within their layer. */
export function buildProperGraph(realCount: number, edges: readonly LayoutEdge[], layer: Int32Array): ProperGraph {
  const layerOf: number[] = Array.from(layer);
  const up: number[][] = Array.from({ length: realCount }, () => []);
  const down: number[][] = Array.from({ length: realCount }, () => []);
  const chains: number[][] = [];
  for (const [a, b] of edges) {
    const chain = [a];
    let previous = a;
    for (let l = layerOf[a]! + 1; l < layerOf[b]!; l++) {
      const dummy = layerOf.length;
      layerOf.push(l);
      up.push([previous]);
      down.push([]);
      down[previous]!.push(dummy);
      chain.push(dummy);
      previous = dummy;
    }
    down[previous]!.push(b);
    up[b]!.push(previous);
    chain.push(b);
    chains.push(chain);
  }
  let layerCount = 0;
  for (const l of layerOf) layerCount = Math.max(layerCount, l + 1);
  const layers: number[][] = Array.from({ length: layerCount }, () => []);
  layerOf.forEach((l, v) => layers[l]!.push(v));
  return { size: layerOf.length, realCount, layerOf: Int32Array.from(layerOf), layers, up, down, chains };
}
