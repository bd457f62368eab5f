import { describe, expect, it } from 'vitest';
import { fitTransform, panToShow } from '../../../src/core/views/ViewTransform';

describe('fitTransform', () => {
  it('scales a large drawing down to fit and centres it', () => {
    const t = fitTransform({ width: 2000, height: 500 }, { width: 1032, height: 600 }, 16);
    expect(t.k).toBeCloseTo(0.5);
    expect(t.x).toBeCloseTo(16);
    expect(t.y).toBeCloseTo((600 - 250) / 2);
  });

  it('never magnifies beyond the maximum', () => {
    expect(fitTransform({ width: 100, height: 50 }, { width: 800, height: 600 }).k).toBe(1);
  });

  it('keeps the minimum scale and shows the top when fitting would make text too small', () => {
    const t = fitTransform({ width: 5000, height: 5000 }, { width: 500, height: 500 }, 10, { min: 0.4, max: 1 });
    expect(t.k).toBe(0.4);
    expect(t.y).toBe(10);
    expect(t.x).toBeCloseTo((500 - 2000) / 2);
  });
});

describe('panToShow', () => {
  const viewport = { width: 400, height: 300 };
  const identity = { k: 1, x: 0, y: 0 };

  it('leaves a visible box alone', () => {
    expect(panToShow(identity, { x: 50, y: 50, width: 100, height: 40 }, viewport)).toBe(identity);
  });

  it('pans just enough to bring a box on the right into view', () => {
    const t = panToShow(identity, { x: 500, y: 50, width: 100, height: 40 }, viewport, 20);
    expect(t).toEqual({ k: 1, x: -(600 - 380), y: 0 });
  });

  it('takes the zoom into account', () => {
    const t = panToShow({ k: 2, x: 0, y: 0 }, { x: 0, y: 200, width: 50, height: 20 }, viewport, 10);
    expect(t.y).toBe(-(440 - 290));
  });
});
