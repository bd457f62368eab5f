import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../../src/core/graph/buildGraph';
import { asConceptId } from '../../../src/core/model/ConceptId';
import { planGraph } from '../../../src/core/views/planGraph';
import { localGraph } from '../../../src/core/views/localGraph';
import { wholeGraph } from '../../../src/core/layout/SubGraph';
import { fixtureConcepts } from '../../ui/fixtures/fixtureIndex';

const graph = buildGraph(fixtureConcepts);
const ids = (...names: string[]) => names.map(asConceptId);
const named = (sub: { ids: readonly string[]; edges: readonly (readonly [number, number])[] }) =>
  sub.edges.map(([a, b]) => `${sub.ids[a]} → ${sub.ids[b]}`).sort();

describe('planGraph', () => {
  it('has the steps in plan order and the prerequisite edges among them', () => {
    const plan = planGraph(graph, ids('chain-rule', 'vectors', 'multivariate-chain-rule'));
    expect(plan.ids).toEqual(['chain-rule', 'vectors', 'multivariate-chain-rule']);
    expect(plan.stepCount).toBe(3);
    expect(named(plan)).toEqual(['chain-rule → multivariate-chain-rule', 'vectors → multivariate-chain-rule']);
  });

  it('adds the known prerequisites at its edge only when asked, after the steps', () => {
    const steps = ids('chain-rule', 'multivariate-chain-rule');
    expect(planGraph(graph, steps).ids).toEqual(steps);
    const withBoundary = planGraph(graph, steps, true);
    expect(withBoundary.ids).toEqual([...steps, 'derivatives', 'vectors']);
    expect(withBoundary.stepCount).toBe(2);
    expect(named(withBoundary)).toContain('derivatives → chain-rule');
  });

  it('skips ids the graph does not have', () => {
    expect(planGraph(graph, ids('nope', 'vectors')).ids).toEqual(['vectors']);
  });
});

describe('localGraph', () => {
  it('reaches two steps back and two steps on, centre first', () => {
    const local = localGraph(graph, graph.index.get('logistic-regression')!);
    expect(local.ids[0]).toBe('logistic-regression');
    const at = new Map<string, number | undefined>(local.ids.map((id, i) => [id, local.distance[i]]));
    expect(at.get('linear-regression')).toBe(-1);
    expect(at.get('matrices')).toBe(-2);
    expect(at.get('derivatives')).toBe(-2);
    expect(at.get('vectors')).toBe(-2);
    expect(at.get('feed-forward-neural-nets')).toBe(1);
    expect(at.get('backpropagation')).toBe(2);
    expect(at.has('chain-rule')).toBe(false);
  });

  it('stops at radius 1 when asked', () => {
    const local = localGraph(graph, graph.index.get('chain-rule')!, 1);
    expect([...local.ids].sort()).toEqual(['chain-rule', 'derivatives', 'multivariate-chain-rule']);
  });
});

describe('wholeGraph', () => {
  it('holds every concept and every edge', () => {
    const whole = wholeGraph(graph);
    expect(whole.ids).toEqual(graph.ids);
    expect(whole.edges).toHaveLength(graph.prereqTargets.length);
  });
});
