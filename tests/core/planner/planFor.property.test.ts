import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../../src/core/graph/buildGraph';
import type { Plan } from '../../../src/core/planner/Plan';
import { planFor } from '../../../src/core/planner/planFor';
import { randomDag, randomGraph, subsetOf, type RandomGraph } from './randomGraph';
import { ancestors, reachable, referencePlan } from './referencePlan';

function plan(g: ReturnType<typeof buildGraph>, targets: readonly string[], known: ReadonlySet<string>): Plan {
  const result = planFor(g, targets, known);
  if (!result.ok) throw new Error(result.error.message);
  return result.plan;
}

/** A graph with some targets and a known set drawn from it. */
const scenario = (graphs: fc.Arbitrary<RandomGraph>) =>
  graphs.chain((graph) =>
    fc.record({
      graph: fc.constant(graph),
      targets: fc
        .subarray([...graph.ids], { minLength: 1 })
        .chain((t) => fc.shuffledSubarray(t, { minLength: t.length, maxLength: t.length })),
      known: subsetOf(graph.ids),
      extra: fc.constantFrom(...graph.ids),
      order: fc.shuffledSubarray([...graph.metas], { minLength: graph.metas.length, maxLength: graph.metas.length }),
    }),
  );

const RUNS = { numRuns: 300 };

describe('planFor on random DAGs', () => {
  it('holds exactly the concepts reachable from the targets without passing through a known one', () => {
    fc.assert(
      fc.property(scenario(randomDag()), ({ graph, targets, known }) => {
        const steps = plan(buildGraph(graph.metas), targets, known).steps.map((s) => s.id);
        const allowed = new Set([...ancestors(graph.prerequisites, targets), ...targets]);
        expect(steps.every((id) => allowed.has(id))).toBe(true);
        expect(new Set(steps)).toEqual(reachable(graph.prerequisites, targets, known));
      }),
      RUNS,
    );
  });

  it('lists each concept once, never a known one, and each after its prerequisites in the plan', () => {
    fc.assert(
      fc.property(scenario(randomDag()), ({ graph, targets, known }) => {
        const steps = plan(buildGraph(graph.metas), targets, known).steps.map((s) => s.id);
        expect(new Set(steps).size).toBe(steps.length);
        expect(steps.some((id) => known.has(id))).toBe(false);
        const position = new Map<string, number>(steps.map((id, k) => [id, k]));
        for (const [k, id] of steps.entries()) {
          for (const p of graph.prerequisites[id]!) if (position.has(p)) expect(position.get(p)!).toBeLessThan(k);
        }
      }),
      RUNS,
    );
  });

  it('follows the depth-first order of the specification, targets held to the end', () => {
    fc.assert(
      fc.property(scenario(randomDag()), ({ graph, targets, known }) => {
        const steps = plan(buildGraph(graph.metas), targets, known).steps.map((s) => s.id);
        expect(steps).toEqual(referencePlan(graph.prerequisites, targets, known));
      }),
      RUNS,
    );
  });

  it('never gains a step when a concept becomes known', () => {
    fc.assert(
      fc.property(scenario(randomDag()), ({ graph, targets, known, extra }) => {
        const g = buildGraph(graph.metas);
        const before = new Set(plan(g, targets, known).steps.map((s) => s.id));
        const after = plan(g, targets, new Set([...known, extra])).steps.map((s) => s.id);
        expect(after.every((id) => before.has(id))).toBe(true);
        expect(after).not.toContain(extra);
      }),
      RUNS,
    );
  });

  it('gives the same plan whatever the order the concepts come in', () => {
    fc.assert(
      fc.property(scenario(randomDag()), ({ graph, targets, known, order }) => {
        expect(plan(buildGraph(order), targets, known)).toEqual(plan(buildGraph(graph.metas), targets, known));
      }),
      RUNS,
    );
  });

  it('plans several targets as the union of their single plans', () => {
    fc.assert(
      fc.property(scenario(randomDag()), ({ graph, targets, known }) => {
        const g = buildGraph(graph.metas);
        const union = new Set(targets.flatMap((t) => plan(g, [t], known).steps.map((s) => s.id)));
        expect(new Set(plan(g, targets, known).steps.map((s) => s.id))).toEqual(union);
      }),
      RUNS,
    );
  });

  it('marks steps ready, targets and needed-by exactly, and adds up the totals', () => {
    fc.assert(
      fc.property(scenario(randomDag()), ({ graph, targets, known }) => {
        const result = plan(buildGraph(graph.metas), targets, known);
        const inPlan = new Set<string>(result.steps.map((s) => s.id));
        let minutes = 0;
        for (const step of result.steps) {
          const prereqs = graph.prerequisites[step.id]!;
          expect(step.ready).toBe(prereqs.every((p) => known.has(p)));
          expect(step.isTarget).toBe(targets.includes(step.id));
          const needers = graph.ids.filter((d) => inPlan.has(d) && graph.prerequisites[d]!.includes(step.id)).sort();
          expect(step.neededBy).toEqual(needers.map((d) => ({ id: d, reason: `${d} needs ${step.id}` })));
          minutes += graph.metas.find((m) => m.id === step.id)!.estimate;
        }
        expect(result.totals).toEqual({
          concepts: result.steps.length,
          minutes,
          hours: Math.round((minutes / 60) * 10) / 10,
          readyNow: result.steps.filter((s) => s.ready).length,
        });
      }),
      RUNS,
    );
  });

  it('stays exact over many plans on one graph (nothing leaks between calls)', () => {
    fc.assert(
      fc.property(
        randomDag().chain((graph) =>
          fc.record({
            graph: fc.constant(graph),
            queries: fc.array(fc.tuple(fc.subarray([...graph.ids], { minLength: 1 }), subsetOf(graph.ids)), { minLength: 2, maxLength: 8 }),
          }),
        ),
        ({ graph, queries }) => {
          const g = buildGraph(graph.metas);
          const fresh = () => buildGraph(graph.metas);
          for (const [targets, known] of queries) expect(plan(g, targets, known)).toEqual(plan(fresh(), targets, known));
        },
      ),
      { numRuns: 150 },
    );
  });
});

describe('planFor on graphs with cycles', () => {
  it('ends, lists each reachable concept once, and follows the specification', () => {
    fc.assert(
      fc.property(scenario(randomGraph()), ({ graph, targets, known }) => {
        const steps = plan(buildGraph(graph.metas), targets, known).steps.map((s) => s.id);
        expect(new Set(steps).size).toBe(steps.length);
        expect(new Set(steps)).toEqual(reachable(graph.prerequisites, targets, known));
        expect(steps).toEqual(referencePlan(graph.prerequisites, targets, known));
      }),
      RUNS,
    );
  });
});
