import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { isotonicPlacement } from '../../../src/core/layout/isotonicPlacement';

describe('isotonicPlacement', () => {
  it('returns the wanted positions when they already keep their distance', () => {
    expect(isotonicPlacement([0, 50, 200], [1, 1, 1], [40, 40])).toEqual([0, 50, 200]);
  });

  it('splits a conflict evenly between two equally weighted boxes', () => {
    expect(isotonicPlacement([100, 100], [1, 1], [40])).toEqual([80, 120]);
  });

  it('moves the lighter box more', () => {
    const [a, b] = isotonicPlacement([100, 100], [3, 1], [40]);
    expect(b! - a!).toBeCloseTo(40);
    expect(100 - a!).toBeLessThan(b! - 100);
  });

  it('always keeps the separations', () => {
    const row = fc.array(
      fc.tuple(
        fc.double({ min: -1000, max: 1000, noNaN: true }),
        fc.double({ min: 0.01, max: 10, noNaN: true }),
        fc.double({ min: 0, max: 100, noNaN: true }),
      ),
      { minLength: 1, maxLength: 30 },
    );
    fc.assert(
      fc.property(row, (items) => {
        const x = isotonicPlacement(
          items.map((i) => i[0]),
          items.map((i) => i[1]),
          items.slice(1).map((i) => i[2]),
        );
        for (let i = 1; i < x.length; i++) expect(x[i]! - x[i - 1]!).toBeGreaterThanOrEqual(items[i]![2] - 1e-6);
      }),
    );
  });
});
