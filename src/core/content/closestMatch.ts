/**
 * Optimal-string-alignment distance (Levenshtein plus adjacent swaps, so `vectros` is one edit from
 * `vectors`), giving up once it must exceed `limit`.
 */
export function editDistance(a: string, b: string, limit = Infinity): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let prevPrev: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        d = Math.min(d, prevPrev[j - 2]! + 1);
      }
      row.push(d);
      if (d < rowMin) rowMin = d;
    }
    if (rowMin > limit) return limit + 1;
    prevPrev = prev;
    prev = row;
  }
  return prev[b.length]!;
}

/**
 * The candidate an author most likely meant by `input`, for "did you mean …": the nearest by edit
 * distance (at most a third of the length, and at most 3), else one that contains `input` as a
 * whole dash-separated part (`chain-rule` → `multivariate-chain-rule`). Ties go to the first in
 * sorted order. Undefined when nothing is close.
 */
export function closestMatch(input: string, candidates: Iterable<string>): string | undefined {
  const needle = input.toLowerCase();
  const limit = Math.min(3, Math.max(1, Math.floor(needle.length / 3)));
  let best: string | undefined;
  let bestDistance = limit + 1;
  let container: string | undefined;
  for (const candidate of candidates) {
    if (candidate === input) continue;
    const d = editDistance(needle, candidate.toLowerCase(), Math.min(limit, bestDistance));
    if (d < bestDistance || (d === bestDistance && best !== undefined && candidate < best)) {
      best = candidate;
      bestDistance = d;
    }
    if (needle.length >= 4 && isPartOf(needle, candidate)) {
      if (container === undefined || candidate.length < container.length) container = candidate;
    }
  }
  return best ?? container;
}

function isPartOf(needle: string, candidate: string): boolean {
  const at = candidate.indexOf(needle);
  if (at < 0 || candidate.length === needle.length) return false;
  const before = at === 0 || candidate[at - 1] === '-';
  const end = at + needle.length;
  const after = end === candidate.length || candidate[end] === '-';
  return before && after;
}
