import { describe, expect, it } from 'vitest';
import { layoutDag } from '../../../src/core/layout/layoutDag';
import { stepAlongEdges } from '../../../src/core/views/stepAlongEdges';

describe('stepAlongEdges', () => {
  // 0 and 1 on top; 2 needs both, 3 needs 1; 4 needs 2 and 3.
  const edges = [
    [0, 2],
    [1, 2],
    [1, 3],
    [2, 4],
    [3, 4],
  ] as const;

  it.each(['down', 'right'] as const)('moves along edges and within layers (%s)', (direction) => {
    const layout = layoutDag({ nodeCount: 5, edges }, { direction });
    expect(stepAlongEdges(layout, 4, 'dependent')).toBeNull();
    expect([2, 3]).toContain(stepAlongEdges(layout, 4, 'prerequisite'));
    expect(stepAlongEdges(layout, 0, 'dependent')).toBe(2);
    expect(stepAlongEdges(layout, 3, 'prerequisite')).toBe(1);
    const [left, right] = layout.nodes[2]!.order < layout.nodes[3]!.order ? [2, 3] : [3, 2];
    expect(stepAlongEdges(layout, left, 'next')).toBe(right);
    expect(stepAlongEdges(layout, right, 'previous')).toBe(left);
    expect(stepAlongEdges(layout, right, 'next')).toBeNull();
  });

  it('picks the prerequisite nearest across the layers', () => {
    const layout = layoutDag({ nodeCount: 5, edges });
    const from2 = stepAlongEdges(layout, 2, 'prerequisite')!;
    const other = from2 === 0 ? 1 : 0;
    const gap = (i: number) => Math.abs(layout.nodes[i]!.x - layout.nodes[2]!.x);
    expect(gap(from2)).toBeLessThanOrEqual(gap(other));
  });
});
