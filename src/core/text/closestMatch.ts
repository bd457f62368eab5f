import { editDistance } from './editDistance';

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
