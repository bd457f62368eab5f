import { describe, expect, it } from 'vitest';
import { createSearchIndex } from '../../../src/core/search/createSearchIndex';
import { fixtureConcepts } from '../../ui/fixtures/fixtureIndex';

const index = createSearchIndex(fixtureConcepts);
const ids = (query: string, options?: Parameters<typeof index.search>[1]) => index.search(query, options).map((h) => h.id);

describe('createSearchIndex', () => {
  it('finds a concept by its title first', () => {
    expect(ids('backpropagation')[0]).toBe('backpropagation');
  });

  it('matches prefixes', () => {
    expect(ids('backprop')[0]).toBe('backpropagation');
    expect(ids('grad')).toContain('gradient-descent');
  });

  it('tolerates a typo', () => {
    expect(ids('regresion')).toEqual(expect.arrayContaining(['linear-regression', 'logistic-regression']));
    expect(ids('matrixes')[0]).toBe('matrices');
  });

  it('finds aliases, tags and summaries', () => {
    expect(ids('multivariable')[0]).toBe('multivariate-chain-rule');
    expect(ids('linear algebra')).toContain('vectors');
    expect(ids('least squares')).toEqual(['linear-regression']);
  });

  it('wants every word, and falls back to any word when none has them all', () => {
    expect(ids('chain rule multivariate')[0]).toBe('multivariate-chain-rule');
    expect(ids('chain rule multivariate')).not.toContain('derivatives');
    expect(ids('vectors zebra')).toContain('vectors');
  });

  it('ranks titles above summaries', () => {
    const hits = ids('vectors');
    expect(hits[0]).toBe('vectors');
    expect(hits).toContain('matrices');
  });

  it('returns nothing for a blank query and respects the limit', () => {
    expect(ids('   ')).toEqual([]);
    expect(ids('a', { limit: 2 }).length).toBeLessThanOrEqual(2);
    expect(ids('x'.repeat(10_000))).toEqual([]);
  });

  it('ignores diacritics', () => {
    expect(ids('véctors')[0]).toBe('vectors');
  });

  it('carries title and summary on each hit', () => {
    const [hit] = index.search('chain rule');
    expect(hit?.title).toBe('Chain rule');
    expect(hit?.summary).toMatch(/composition/);
  });
});
