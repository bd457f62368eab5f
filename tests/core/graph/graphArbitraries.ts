import fc from 'fast-check';
import type { Concept } from '../../../src/core/model/Concept';
import { asConceptId } from '../../../src/core/model/ConceptId';

/** A concept with just an id and prerequisite ids (everything else empty). */
export function concept(id: string, prerequisites: readonly string[]): Concept {
  return {
    id: asConceptId(id),
    file: `concepts/${id}.md`,
    title: id,
    summary: '',
    prerequisites: prerequisites.map((p) => ({ id: asConceptId(p) })),
    resources: [],
    goals: [],
    aliases: [],
    tags: [],
    estimate: 30,
  };
}

/** Random graphs of `n` concepts: any edges, so cycles and self-edges happen. */
export const anyGraph = fc.integer({ min: 1, max: 30 }).chain((n) =>
  fc.array(fc.array(fc.nat({ max: n - 1 }), { maxLength: 4 }), { minLength: n, maxLength: n }).map((edges) =>
    edges.map((targets, i) =>
      concept(
        `c${i}`,
        targets.map((t) => `c${t}`),
      ),
    ),
  ),
);

/** Random DAGs: edges only from higher to lower index, then labels shuffled. */
export const acyclicGraph = fc.integer({ min: 1, max: 30 }).chain((n) =>
  fc
    .tuple(
      fc.array(fc.array(fc.nat({ max: Math.max(0, n - 1) }), { maxLength: 4 }), { minLength: n, maxLength: n }),
      fc.shuffledSubarray(
        Array.from({ length: n }, (_, i) => i),
        { minLength: n, maxLength: n },
      ),
    )
    .map(([edges, labels]) =>
      edges.map((targets, i) =>
        concept(
          `c${labels[i]}`,
          targets.filter((t) => t < i).map((t) => `c${labels[t]}`),
        ),
      ),
    ),
);
