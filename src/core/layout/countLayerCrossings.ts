/**
 * Crossings between the edges joining one layer to the layer above: the number of inversions of
 * the edges' lower ends once sorted by their upper ends, counted with a Fenwick tree in
 * O(e log n) (Barth, Jünger and Mutzel 2002). `pos` gives every node's index within its layer.
 */
export function countLayerCrossings(lower: readonly number[], up: readonly (readonly number[])[], pos: Int32Array): number {
  const width = lower.length;
  const keys: number[] = [];
  for (const v of lower) for (const u of up[v]!) keys.push(pos[u]! * width + pos[v]!);
  if (keys.length < 2) return 0;
  keys.sort((a, b) => a - b);
  const tree = new Int32Array(width + 1);
  let crossings = 0;
  let inserted = 0;
  for (const key of keys) {
    const p = key % width;
    // Inserted lower ends at or left of p, then the rest of the inserted ones cross this edge.
    let atOrLeft = 0;
    for (let i = p + 1; i > 0; i -= i & -i) atOrLeft += tree[i]!;
    crossings += inserted - atOrLeft;
    for (let i = p + 1; i <= width; i += i & -i) tree[i]!++;
    inserted++;
  }
  return crossings;
}
