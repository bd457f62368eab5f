import { describe, expect, it } from 'vitest';
import type { Concept } from '../../../src/core/model/Concept';
import { asConceptId } from '../../../src/core/model/ConceptId';
import { createSearchIndex, singular } from '../../../src/core/search/createSearchIndex';
import { fixtureConcepts } from '../../ui/fixtures/fixtureIndex';

const index = createSearchIndex(fixtureConcepts);
const ids = (query: string, options?: Parameters<typeof index.search>[1]) => index.search(query, options).map((h) => h.id);

describe('createSearchIndex', () => {
  it('finds a concept by its title first', () => {
    expect(ids('backpropagation')[0]).toBe('backpropagation');
  });

  it('gives a summary with math as HTML too, and one without as text alone', () => {
    const [matrices] = index.search('matrices');
    expect(matrices).toMatchObject({
      id: 'matrices',
      summary: 'Rectangular arrays $A$ that act on vectors.',
      summaryHtml: 'Rectangular arrays <span class="katex">A</span> that act on vectors.',
    });
    expect(index.search('backpropagation')[0]).not.toHaveProperty('summaryHtml');
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

  it('finds a name in its singular or plural form', () => {
    expect(ids('matrix')[0]).toBe('matrices');
    expect(ids('vector')[0]).toBe('vectors');
    expect(ids('derivative')[0]).toBe('derivatives');
    expect(ids('matric')).toContain('matrices');
  });

  it('scores a plural name no higher than the same name in the singular', () => {
    const named = (id: string, title: string): Concept => ({
      id: asConceptId(id),
      file: `concepts/${id}.md`,
      title,
      summary: 'About fitting.',
      prerequisites: [],
      resources: [],
      goals: [],
      aliases: [],
      tags: [],
      estimate: 60,
    });
    const small = createSearchIndex([named('many', 'Many Gaussians'), named('one', 'One Gaussian')]);
    for (const query of ['gaussian', 'gaussians']) {
      const [first, second] = small.search(query);
      expect(first!.score).toBeCloseTo(second!.score, 5);
    }
  });

  it('puts an exact title (ignoring a leading "the"), then an exact tag, before better-scored hits', () => {
    const concept = (id: string, title: string, tags: string[] = []): Concept => ({
      id: asConceptId(id),
      file: `concepts/${id}.md`,
      title,
      summary: `${title}.`,
      prerequisites: [],
      resources: [],
      goals: [],
      aliases: [],
      tags,
      estimate: 60,
    });
    const small = createSearchIndex([
      concept('probabilistic-pca', 'Probabilistic PCA'),
      concept('principal-component-analysis', 'Principal component analysis', ['dimensionality-reduction', 'pca']),
      concept('gradient-descent', 'Gradient descent'),
      concept('gradient', 'The gradient'),
    ]);
    expect(small.search('pca').map((h) => h.id)).toEqual(['principal-component-analysis', 'probabilistic-pca']);
    expect(small.search('gradient').map((h) => h.id)).toEqual(['gradient', 'gradient-descent']);
    expect(small.search('dimensionality reduction')[0]?.id).toBe('principal-component-analysis');
  });
});

describe('singular', () => {
  it('undoes the common English plurals and leaves other words alone', () => {
    expect(['matrices', 'appendices', 'probabilities', 'vectors', 'classes', 'networks', 'ideas'].map(singular)).toEqual([
      'matrix',
      'appendix',
      'probability',
      'vector',
      'class',
      'network',
      'idea',
    ]);
    expect(['loss', 'bias', 'alias', 'analysis', 'gradus', 'gas', 'kl', 'relu'].map(singular)).toEqual([
      'loss',
      'bias',
      'alias',
      'analysis',
      'gradus',
      'gas',
      'kl',
      'relu',
    ]);
    expect(
      ['indices', 'vertices', 'choices', 'devices', 'batches', 'approaches', 'boxes', 'biases', 'series', 'lies'].map(singular),
    ).toEqual(['index', 'vertex', 'choice', 'device', 'batch', 'approach', 'box', 'bias', 'series', 'lie']);
  });
});
