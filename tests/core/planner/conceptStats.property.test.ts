import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../../src/core/graph/buildGraph';
import { closureFigures, conceptStatsCounter } from '../../../src/core/planner/conceptStats';
import { downstream } from '../../../src/core/planner/downstream';
import { planFor } from '../../../src/core/planner/planFor';
import { randomDag, randomGraph } from './randomGraph';

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

  it('gives any set of targets the steps and minutes planFor gives with nothing known', () => {
    fc.assert(
      fc.property(
        randomDag().chain((random) => fc.record({ random: fc.constant(random), targets: fc.subarray([...random.ids], { minLength: 1 }) })),
        ({ random, targets }) => {
          const graph = buildGraph(random.metas);
          const result = planFor(graph, targets, new Set());
          if (!result.ok) throw new Error(result.error.message);
          expect(closureFigures(graph, targets)).toEqual({ steps: result.plan.totals.concepts, minutes: result.plan.totals.minutes });
        },
      ),
      { numRuns: 200 },
    );
  });

  it('counts each concept once on graphs with cycles too', () => {
    fc.assert(
      fc.property(randomGraph(), (random) => {
        const graph = buildGraph(random.metas);
        expect(closureFigures(graph, random.ids).steps).toBe(graph.ids.length);
      }),
    );
  });
});
