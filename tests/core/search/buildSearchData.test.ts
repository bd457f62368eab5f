import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { generateContent } from '../../../bench/generateContent';
import { compile } from '../../../src/core/compile';
import type { Concept } from '../../../src/core/model/Concept';
import { asConceptId } from '../../../src/core/model/ConceptId';
import { buildSearchData, loadSearchIndex } from '../../../src/core/search';
import { fixtureConcepts } from '../../ui/fixtures/fixtureIndex';

const concept = (id: string, title: string, summary: string, more: Partial<Concept> = {}): Concept => ({
  id: asConceptId(id),
  file: `concepts/${id}.md`,
  title,
  summary,
  prerequisites: [],
  resources: [],
  goals: [],
  aliases: [],
  tags: [],
  estimate: 60,
  ...more,
});

/** The data as the browser gets it: through JSON. */
const shipped = (concepts: readonly Concept[]): unknown => JSON.parse(JSON.stringify(buildSearchData(concepts)));

describe('buildSearchData and loadSearchIndex', () => {
  it('give the same hits through JSON as the data they were built from', () => {
    const direct = loadSearchIndex(buildSearchData(fixtureConcepts));
    const loaded = loadSearchIndex(shipped(fixtureConcepts));
    for (const query of ['backprop', 'regresion', 'matrix', 'linear algebra', 'least squares', 'chain rule multivariate', 'véctors']) {
      expect(loaded.search(query), query).toEqual(direct.search(query));
      expect(loaded.search(query).length, query).toBeGreaterThan(0);
    }
    expect(loaded.search('regr').map((h) => h.id)).toEqual(['linear-regression', 'logistic-regression']);
  });

  it('keep exact titles, tags and aliases first after loading', () => {
    const concepts = [
      concept('probabilistic-pca', 'Probabilistic PCA', 'A latent variable model.'),
      concept('principal-component-analysis', 'Principal component analysis', 'Directions of most variance.', {
        tags: ['pca'],
        aliases: [asConceptId('karhunen-loeve')],
      }),
    ];
    const index = loadSearchIndex(shipped(concepts));
    expect(index.search('pca').map((h) => h.id)).toEqual(['principal-component-analysis', 'probabilistic-pca']);
    expect(index.search('karhunen loeve')[0]?.id).toBe('principal-component-analysis');
  });

  it('cut a long summary at a word for display, still find its end, and keep a summary with math whole', () => {
    const long = `${'Gradient descent takes small steps downhill. '.repeat(10)}Finally momentum.`;
    const html = '<span class="katex">x</span> '.repeat(40);
    const concepts = [
      concept('long', 'Long', long),
      concept('short', 'Short', 'Short and sweet.'),
      concept('math', 'Math', `${'Words and $x$ again. '.repeat(15)}`, { html: { summary: html } }),
    ];
    const data = buildSearchData(concepts);
    expect(data.summaries[0]!.length).toBeLessThanOrEqual(201);
    const cut = data.summaries[0]!;
    expect(cut.endsWith('…') && long.startsWith(cut.slice(0, -1))).toBe(true);
    expect(long[cut.length - 1]).toBe(' ');
    expect(data.summaries[1]).toBe('Short and sweet.');
    const index = loadSearchIndex(shipped(concepts));
    expect(index.search('momentum').map((h) => h.id)).toEqual(['long']);
    expect(index.search('math')[0]).toMatchObject({ id: 'math', summaryHtml: html });
    expect(index.search('short')[0]).not.toHaveProperty('summaryHtml');
  });

  it('index a repeated id once, as its first concept', () => {
    const data = buildSearchData([concept('a', 'First', 'One.'), concept('a', 'Second', 'Two.')]);
    expect(data.ids).toEqual(['a']);
    expect(loadSearchIndex(data).search('second')).toEqual([]);
  });

  it('stay under 100 KB gzip per 1,000 synthetic concepts (so under 1 MB at 10,000)', () => {
    const { concepts } = compile(generateContent(1000), { render: false });
    const bytes = gzipSync(JSON.stringify(buildSearchData(concepts))).length;
    // About 86 KB; with MiniSearch's own JSON for the engine, about 118 KB.
    expect(bytes).toBeLessThan(100_000);
  });
});

describe('loadSearchIndex on damaged data', () => {
  const good = shipped(fixtureConcepts) as Record<string, unknown>;
  const engine = good.engine as Record<string, unknown>;

  it.each([
    ['not an object', null, /damaged: expected an object/],
    ['another version', { ...good, version: 0 }, /version 0, expected 1: rebuild the site/],
    ['a column cut short', { ...good, titles: (good.titles as string[]).slice(1) }, /damaged: expected \d+ titles/],
    ['no engine', { ...good, engine: undefined }, /damaged: expected an object of engine/],
    ['labels that are not lists', { ...good, labels: { 0: 'pca' } }, /damaged: expected labels as lists/],
    ['field lengths missing', { ...good, engine: { ...engine, fieldLength: [] } }, /damaged: Expected \d+ field lengths/],
    ['postings that are not numbers', { ...good, engine: { ...engine, terms: [['vector', 0, ['a']]] } }, /damaged: Expected a field id/],
    ['a document out of range', { ...good, engine: { ...engine, terms: [['vector', 0, [5000]]] } }, /damaged: Expected documents/],
    ['an engine from another MiniSearch', { ...good, engine: { ...engine, serializationVersion: 99 } }, /damaged: .*incompatible version/],
  ])('says what is wrong with %s', (_, data, message) => {
    expect(() => loadSearchIndex(data)).toThrow(message);
  });
});
