import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../../src/core/graph/buildGraph';
import { replacePrerequisites } from '../../../src/core/graph/replacePrerequisites';
import { anyGraph, concept } from './graphArbitraries';

describe('replacePrerequisites', () => {
  it('equals a fresh build after some concepts change their prerequisites', () => {
    const edit = anyGraph.chain((concepts) =>
      fc
        .array(fc.tuple(fc.nat({ max: concepts.length - 1 }), fc.array(fc.nat({ max: concepts.length + 2 }), { maxLength: 5 })), {
          maxLength: 4,
        })
        .map((changes) => ({ concepts, changes })),
    );
    fc.assert(
      fc.property(edit, ({ concepts, changes }) => {
        const before = buildGraph(concepts);
        const after = [...concepts];
        for (const [i, targets] of changes)
          after[i] = concept(
            `c${i}`,
            targets.map((t) => `c${t}`),
          );
        const changed = [...new Set(changes.map(([i]) => i))];
        const patched = replacePrerequisites(before, after, changed);
        const fresh = buildGraph(after);
        expect(patched.prereqOffsets).toEqual(fresh.prereqOffsets);
        expect(patched.prereqTargets).toEqual(fresh.prereqTargets);
        expect(patched.dependentOffsets).toEqual(fresh.dependentOffsets);
        expect(patched.dependentTargets).toEqual(fresh.dependentTargets);
        expect(patched.concepts).toBe(after);
      }),
      { numRuns: 300 },
    );
  });
});
