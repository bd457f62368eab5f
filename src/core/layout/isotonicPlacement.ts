/**
 * Positions for a row of boxes in fixed order that are as close as possible (weighted least
 * squares) to the wanted positions while keeping `x[i + 1] - x[i] >= separation[i]`. Shifting by
 * the running separation turns this into isotonic regression, solved exactly by pool adjacent
 * violators in O(n).
 */
export function isotonicPlacement(wanted: readonly number[], weight: readonly number[], separation: readonly number[]): number[] {
  const n = wanted.length;
  const offset: number[] = new Array<number>(n);
  let running = 0;
  for (let i = 0; i < n; i++) {
    offset[i] = running;
    running += separation[i] ?? 0;
  }
  // Blocks of pooled targets: weight, weighted sum, and how many items they cover.
  const blockWeight: number[] = [];
  const blockSum: number[] = [];
  const blockSize: number[] = [];
  for (let i = 0; i < n; i++) {
    blockWeight.push(weight[i]!);
    blockSum.push(weight[i]! * (wanted[i]! - offset[i]!));
    blockSize.push(1);
    let top = blockWeight.length - 1;
    while (top > 0 && blockSum[top - 1]! / blockWeight[top - 1]! > blockSum[top]! / blockWeight[top]!) {
      blockWeight[top - 1]! += blockWeight[top]!;
      blockSum[top - 1]! += blockSum[top]!;
      blockSize[top - 1]! += blockSize[top]!;
      blockWeight.pop();
      blockSum.pop();
      blockSize.pop();
      top--;
    }
  }
  const x: number[] = new Array<number>(n);
  let i = 0;
  for (let b = 0; b < blockWeight.length; b++) {
    const value = blockSum[b]! / blockWeight[b]!;
    for (let k = 0; k < blockSize[b]!; k++, i++) x[i] = value + offset[i]!;
  }
  return x;
}
