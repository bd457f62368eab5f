import type MiniSearch from 'minisearch';
import type { ConceptId } from '../model';
import { normalise } from './normalise';
import { loadPackedEngine } from './packedEngine';
import { readSearchData } from './readSearchData';
import { searchEngineOptions, type SearchDoc } from './searchEngineOptions';
import type { SearchHit, SearchIndex, SearchOptions } from './SearchIndex';

/** Longest query looked at: a pasted essay should not stall the dialog. */
const MAX_QUERY = 200;

/** "The gradient" is named "gradient" when it comes to exact matches. */
function withoutArticle(text: string): string {
  return text.replace(/^(?:the|a|an) /, '');
}

/**
 * The search index from prebuilt `SearchData` (parsed JSON, unchecked): typo-tolerant and
 * prefix-matching. Throws an error that says what is wrong when the data is damaged or from
 * another version. Loading 10,000 concepts takes tens of milliseconds, a tenth of building them.
 */
export function loadSearchIndex(data: unknown): SearchIndex {
  const { ids, titles, summaries, summaryHtml, labels, engine: packed } = readSearchData(data);
  let engine: MiniSearch<SearchDoc>;
  try {
    engine = loadPackedEngine(packed, searchEngineOptions);
  } catch (error) {
    throw new Error(`The search index is damaged: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
  const labelSets = new Map<number, ReadonlySet<string>>();
  const labelsOf = (i: number) => {
    let set = labelSets.get(i);
    if (!set) labelSets.set(i, (set = new Set(labels[i])));
    return set;
  };

  function run(query: string, combineWith: 'AND' | 'OR') {
    const hits: { hit: SearchHit; doc: number }[] = [];
    for (const result of engine.search(query, { combineWith })) {
      const doc = Number(result.id);
      const id = ids[doc];
      if (id === undefined) continue;
      const html = summaryHtml[doc];
      hits.push({
        doc,
        hit: {
          id: id as ConceptId,
          title: titles[doc] ?? '',
          summary: summaries[doc] ?? '',
          ...(html === undefined ? {} : { summaryHtml: html }),
          score: result.score,
        },
      });
    }
    return hits;
  }

  return {
    search(query, options: SearchOptions = {}) {
      const text = query.slice(0, MAX_QUERY).trim();
      if (!text) return [];
      const limit = options.limit ?? 10;
      let hits = options.match === 'any' ? [] : run(text, 'AND');
      if (hits.length === 0) hits = run(text, 'OR');
      // A title that is exactly the query beats any score ("chain rule" means Chain rule), then
      // a tag or alias that is ("pca" means Principal component analysis, not Probabilistic PCA).
      const exact = withoutArticle(normalise(text).replace(/\s+/g, ' '));
      const rank = ({ hit, doc }: { hit: SearchHit; doc: number }) =>
        withoutArticle(normalise(hit.title)) === exact ? 0 : labelsOf(doc).has(exact) ? 1 : 2;
      return hits
        .map((h, order) => ({ hit: h.hit, order, rank: rank(h) }))
        .sort((a, b) => a.rank - b.rank || a.order - b.order)
        .slice(0, limit)
        .map((x) => x.hit);
    },
  };
}
