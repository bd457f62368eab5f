import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../../src/core/graph/buildGraph';
import type { Plan } from '../../../src/core/planner/Plan';
import { planFor } from '../../../src/core/planner/planFor';
import { concept, graphOf } from './graphOf';

function plan(graph: ReturnType<typeof buildGraph>, targets: readonly string[], known: readonly string[] = []): Plan {
  const result = planFor(graph, targets, new Set(known));
  if (!result.ok) throw new Error(result.error.message);
  return result.plan;
}
const ids = (p: Plan): string[] => p.steps.map((s) => s.id);

describe('planFor order', () => {
  it('finishes one prerequisite chain before starting the next (depth-first, not layer by layer)', () => {
    const g = graphOf({ t: ['a', 'b'], a: ['a1'], a1: ['a2'], a2: [], b: ['b1'], b1: [] });
    expect(ids(plan(g, ['t']))).toEqual(['a2', 'a1', 'a', 'b1', 'b', 't']);
  });

  it("takes prerequisites in the author's order", () => {
    const g = graphOf({ t: ['b', 'a'], a: [], b: [] });
    expect(ids(plan(g, ['t']))).toEqual(['b', 'a', 't']);
  });

  it('places a shared prerequisite once, where it is first needed', () => {
    const g = graphOf({ t: ['a', 'b'], a: ['s'], b: ['s'], s: [] });
    expect(ids(plan(g, ['t']))).toEqual(['s', 'a', 'b', 't']);
  });

  it('puts independent targets last, in the given order', () => {
    const g = graphOf({ x: ['x1'], x1: [], y: ['y1'], y1: [] });
    expect(ids(plan(g, ['x', 'y']))).toEqual(['x1', 'y1', 'x', 'y']);
    expect(ids(plan(g, ['y', 'x']))).toEqual(['y1', 'x1', 'y', 'x']);
  });

  it('places a target that a later step needs before that step', () => {
    const g = graphOf({ a: ['a1'], a1: [], t: ['a', 'b'], b: [] });
    expect(ids(plan(g, ['a', 't']))).toEqual(['a1', 'a', 'b', 't']);
    expect(ids(plan(g, ['t', 'a']))).toEqual(['a1', 'a', 'b', 't']);
  });

  it('drops repeated targets and resolves aliases', () => {
    const g = buildGraph([concept('new-name', ['a'], { aliases: ['old-name' as never] }), concept('a')]);
    const p = plan(g, ['old-name', 'new-name'], ['a']);
    expect(p.targets).toEqual(['new-name']);
    expect(ids(p)).toEqual(['new-name']);
    expect(p.steps[0]!.ready).toBe(true);
  });

  it('terminates on a cycle and lists each concept once', () => {
    const g = graphOf({ a: ['b'], b: ['c'], c: ['a'] });
    expect(ids(plan(g, ['a']))).toEqual(['c', 'b', 'a']);
  });

  it('gives an empty plan for no targets', () => {
    expect(plan(graphOf({ a: [] }), []).steps).toEqual([]);
  });
});

describe('planFor and what is known', () => {
  it('leaves out known concepts and what is needed only through them', () => {
    const g = graphOf({ t: ['a', 'b'], a: ['deep'], deep: [], b: [] });
    expect(ids(plan(g, ['t'], ['a']))).toEqual(['b', 't']);
  });

  it('leaves out a known target but keeps it among the targets', () => {
    const g = graphOf({ t: ['a'], a: [], u: [] });
    const p = plan(g, ['t', 'u'], ['t']);
    expect(ids(p)).toEqual(['u']);
    expect(p.targets).toEqual(['t', 'u']);
  });

  it('marks a step ready only when all its prerequisites are known, not merely planned', () => {
    const g = graphOf({ t: ['a', 'b'], a: [], b: ['c'], c: [] });
    const p = plan(g, ['t'], ['a']);
    expect(p.steps.map((s) => [s.id, s.ready])).toEqual([
      ['c', true],
      ['b', false],
      ['t', false],
    ]);
    expect(p.totals.readyNow).toBe(1);
  });

  it('ignores unknown ids and resolves aliases in the known set', () => {
    const g = buildGraph([concept('t', ['a', 'b']), concept('a', [], { aliases: ['old-a' as never] }), concept('b')]);
    expect(ids(plan(g, ['t'], ['old-a', 'no-such-concept']))).toEqual(['b', 't']);
  });
});

describe('planFor steps and totals', () => {
  it("says which later steps need each step, with the author's reasons", () => {
    const g = graphOf({ t: [['a', 'T uses A.'], 'b'], b: [['a', 'B builds on A.']], a: [] });
    const p = plan(g, ['t']);
    expect(p.steps.find((s) => s.id === 'a')!.neededBy).toEqual([
      { id: 'b', reason: 'B builds on A.' },
      { id: 't', reason: 'T uses A.' },
    ]);
    expect(p.steps.find((s) => s.id === 'b')!.neededBy).toEqual([{ id: 't' }]);
    expect(p.steps.find((s) => s.id === 't')!.neededBy).toEqual([]);
  });

  it("finds the author's reason past unknown, repeated and aliased prerequisites", () => {
    const g = buildGraph([
      concept('t', ['missing', ['a', 'T needs A.'], ['a', 'said twice'], ['old-b', 'T needs B, by its old name.']]),
      concept('a'),
      concept('b', [], { aliases: ['old-b' as never] }),
    ]);
    const p = plan(g, ['t']);
    expect(ids(p)).toEqual(['a', 'b', 't']);
    expect(p.steps[0]!.neededBy).toEqual([{ id: 't', reason: 'T needs A.' }]);
    expect(p.steps[1]!.neededBy).toEqual([{ id: 't', reason: 'T needs B, by its old name.' }]);
  });

  it('lists in neededBy only the steps that are in the plan', () => {
    const g = graphOf({ t: ['a'], other: ['a'], a: [] });
    expect(plan(g, ['t']).steps[0]!.neededBy).toEqual([{ id: 't' }]);
    expect(plan(g, ['t', 'other']).steps[0]!.neededBy).toEqual([{ id: 'other' }, { id: 't' }]);
  });

  it('keeps exact neededBy lists for a concept that many concepts list', () => {
    const dependents = Array.from({ length: 30 }, (_, k) => `d${String(k).padStart(2, '0')}`);
    const g = buildGraph([concept('hub'), ...dependents.map((d) => concept(d, [[`hub`, `${d} uses the hub`]]))]);
    const some = plan(g, ['d03', 'd17']);
    expect(some.steps[0]!.neededBy).toEqual([
      { id: 'd03', reason: 'd03 uses the hub' },
      { id: 'd17', reason: 'd17 uses the hub' },
    ]);
    expect(plan(g, dependents).steps[0]!.neededBy).toHaveLength(30);
    expect(plan(g, ['hub']).steps[0]!.neededBy).toEqual([]);
    expect(plan(g, ['d03', 'd17']).steps[0]!.neededBy).toEqual(some.steps[0]!.neededBy);
  });

  it("carries title, the concept's estimate and the target mark; totals hours to one decimal", () => {
    const g = buildGraph([concept('t', ['a'], { title: 'Target', estimate: 50 }), concept('a', [], { title: 'A', estimate: 45 })]);
    const p = plan(g, ['t']);
    expect(p.steps).toEqual([
      { id: 'a', title: 'A', minutes: 45, ready: true, isTarget: false, neededBy: [{ id: 't' }] },
      { id: 't', title: 'Target', minutes: 50, ready: false, isTarget: true, neededBy: [] },
    ]);
    expect(p.totals).toEqual({ concepts: 2, minutes: 95, hours: 1.6, readyNow: 1 });
  });

  it('gives the same step objects when a plan is recomputed', () => {
    const g = graphOf({ t: ['a'], a: [] });
    const first = plan(g, ['t']);
    const second = plan(g, ['t']);
    expect(second.steps[0]).toBe(first.steps[0]);
    expect(Object.isFrozen(second.steps[0])).toBe(true);
  });
});

describe('planFor errors', () => {
  it('names an unknown target and suggests close ids', () => {
    const g = graphOf({ backpropagation: [], 'backpropagation-through-time': [], vectors: [] });
    const result = planFor(g, ['backpropogation'], new Set());
    expect(result).toEqual({
      ok: false,
      error: {
        kind: 'unknown-target',
        message: 'Unknown concept `backpropogation`: did you mean `backpropagation`?',
        unknown: ['backpropogation'],
        suggestions: ['backpropagation'],
      },
    });
  });

  it('names every unknown target, even when others are known', () => {
    const g = graphOf({ vectors: [], matrices: [] });
    const result = planFor(g, ['vectors', 'vectorz', 'zzz'], new Set());
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.unknown).toEqual(['vectorz', 'zzz']);
    expect(result.error.message).toBe('Unknown concepts `vectorz` and `zzz`: did you mean `vectors`?');
  });

  it('says so when nothing is close', () => {
    const result = planFor(graphOf({ vectors: [] }), ['quantum-chromodynamics'], new Set());
    expect(!result.ok && result.error.message).toBe('Unknown concept `quantum-chromodynamics`: no concept has that id.');
  });
});
