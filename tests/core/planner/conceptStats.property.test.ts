import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../../src/core/graph/buildGraph';
import { conceptStatsCounter } from '../../../src/core/planner/conceptStats';
import { downstream } from '../../../src/core/planner/downstream';
import { planFor } from '../../../src/core/planner/planFor';
import { randomDag } from './randomGraph';

describe('conceptStatsCounter', () => {
  it('gives each concept the steps and minutes planFor gives with nothing known, and what downstream counts', () => {
    fc.assert(
      fc.property(randomDag(), (random) => {
        const graph = buildGraph(random.metas);
        const stats = conceptStatsCounter(graph);
        for (let i = 0; i < graph.ids.length; i++) {
          const id = graph.ids[i]!;
          const result = planFor(graph, [id], new Set());
          if (!result.ok) throw new Error(result.error.message);
          expect(stats(i)).toEqual({
            planSteps: result.plan.totals.concepts,
            planMinutes: result.plan.totals.minutes,
            unlocksInAll: downstream(graph, id).all.length,
          });
        }
      }),
      { numRuns: 200 },
    );
  });
});
