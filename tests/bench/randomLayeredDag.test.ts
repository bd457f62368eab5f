import { describe, expect, it } from 'vitest';
import { randomLayeredDag } from '../../bench/randomLayeredDag';
import { topologicalOrder } from '../../src/core/layout/topologicalOrder';
import { reachability } from '../core/layout/dagArbitrary';

describe('randomLayeredDag', () => {
  it('is reproducible from its seed and differs between seeds', () => {
    expect(randomLayeredDag(83, 9)).toEqual(randomLayeredDag(83, 9));
    expect(randomLayeredDag(83, 9).edges).not.toEqual(randomLayeredDag(83, 10).edges);
  });

  it.each([2, 83, 300])('makes a %i-concept DAG in which every concept leads to the target', (n) => {
    const plan = randomLayeredDag(n, 1);
    expect(topologicalOrder(n, plan.edges)).toHaveLength(n);
    const reach = reachability(n, plan.edges);
    for (let v = 0; v < n; v++) if (v !== plan.target) expect(reach[v]!.has(plan.target)).toBe(true);
  });

  it('gives each concept one to four prerequisites, plus dependents made for dead ends', () => {
    const plan = randomLayeredDag(300, 2);
    const count = new Map<number, number>();
    for (const [, b] of plan.edges) count.set(b, (count.get(b) ?? 0) + 1);
    const mean = plan.edges.length / count.size;
    expect(mean).toBeGreaterThan(1.5);
    expect(mean).toBeLessThan(4.5);
  });
});
