import fc from 'fast-check';
import type { Concept } from '../../../src/core/model/Concept';
import { concept } from './graphOf';

/** A random graph as concept literals: `prerequisites[id]` in author order, with reasons. */
export interface RandomGraph {
  readonly ids: readonly string[];
  readonly prerequisites: Readonly<Record<string, readonly string[]>>;
  readonly metas: readonly Concept[];
}

function build(n: number, pairs: readonly (readonly [number, number])[], labels: readonly number[], acyclic: boolean): RandomGraph {
  const ids = labels.map((label) => `c${label}`);
  const prerequisites: Record<string, string[]> = Object.fromEntries(ids.map((id) => [id, []]));
  for (const [a, b] of pairs) {
    if (a === b) continue;
    // Acyclic: an edge only from a lower to a higher position, so the labels hide the order.
    const [from, to] = acyclic ? [Math.max(a, b), Math.min(a, b)] : [a, b];
    const list = prerequisites[ids[from]!]!;
    if (!list.includes(ids[to]!)) list.push(ids[to]!);
  }
  const metas = ids.map((id) =>
    concept(
      id,
      prerequisites[id]!.map((p) => [p, `${id} needs ${p}`] as const),
      { estimate: 10 + (Number(id.slice(1)) % 7) * 5, title: `Concept ${Number(id.slice(1)) % 5}` },
    ),
  );
  return { ids, prerequisites, metas };
}

const shape = (maxConcepts: number) =>
  fc.integer({ min: 1, max: maxConcepts }).chain((n) =>
    fc.record({
      n: fc.constant(n),
      pairs: fc.array(fc.tuple(fc.nat(n - 1), fc.nat(n - 1)), { maxLength: n * 3 }),
      labels: fc.shuffledSubarray(
        Array.from({ length: n }, (_, i) => i),
        { minLength: n, maxLength: n },
      ),
    }),
  );

/** Random DAGs: edges drawn from higher to lower position only, then labels shuffled. */
export const randomDag = (maxConcepts = 18): fc.Arbitrary<RandomGraph> =>
  shape(maxConcepts).map(({ n, pairs, labels }) => build(n, pairs, labels, true));

/** Random graphs that may have cycles. */
export const randomGraph = (maxConcepts = 14): fc.Arbitrary<RandomGraph> =>
  shape(maxConcepts).map(({ n, pairs, labels }) => build(n, pairs, labels, false));

/** A random subset of `ids` (as a set). */
export const subsetOf = (ids: readonly string[]): fc.Arbitrary<Set<string>> => fc.subarray([...ids]).map((picked) => new Set(picked));
