import { describe, expect, it } from 'vitest';
import { pageNeeds } from '../../../src/core/route/pageNeeds';
import { parseRoute } from '../../../src/core/route/parseRoute';

describe('pageNeeds', () => {
  it('asks for what each page shows first, and the graph only where pages compute from it', () => {
    const needs = (path: string) => pageNeeds(parseRoute(path, ''));
    expect(needs('/concepts/vectors')).toEqual({ concept: 'vectors', graph: false });
    expect(needs('/roadmaps/deep-learning')).toEqual({ body: 'roadmaps/deep-learning', graph: false });
    expect(needs('/courses/ml')).toEqual({ body: 'courses/ml', graph: true });
    expect(needs('/')).toEqual({ graph: false });
    expect(needs('/about')).toEqual({ graph: false });
    for (const path of ['/plan/v1/vectors', '/plan/new', '/review', '/explore', '/check/plan/v1/vectors', '/embed/plan/v1/vectors'])
      expect(needs(path).graph).toBe(true);
  });
});
