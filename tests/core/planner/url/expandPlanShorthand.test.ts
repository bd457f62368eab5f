import { describe, expect, it } from 'vitest';
import { expandPlanShorthand } from '../../../../src/core/planner/url/expandPlanShorthand';

describe('expandPlanShorthand', () => {
  it('gives the versioned URL for ids typed straight after /plan/, keeping the query', () => {
    expect(expandPlanShorthand('/plan/backpropagation')).toBe('/plan/v1/backpropagation');
    expect(expandPlanShorthand('/plan/vectors,matrices/')).toBe('/plan/v1/vectors,matrices');
    expect(expandPlanShorthand('/plan/svd?k=vectors&t=Week')).toBe('/plan/v1/svd?k=vectors&t=Week');
  });

  it('leaves versioned, builder and malformed URLs alone', () => {
    for (const url of [
      '/plan/v1/svd',
      '/plan/v1',
      '/plan/v2',
      '/plan/v12?x',
      '/plan/new',
      '/plan/Vectors',
      '/plan/a,,b',
      '/plan/a b',
      '/plan/a/b',
      '/plan/',
    ]) {
      expect(expandPlanShorthand(url)).toBeUndefined();
    }
  });
});
