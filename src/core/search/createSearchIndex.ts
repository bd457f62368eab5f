import MiniSearch from 'minisearch';
import type { ConceptMeta } from '../content/Concept';
import type { SearchHit, SearchIndex, SearchOptions } from './SearchIndex';

interface Doc {
  readonly id: string;
  readonly title: string;
  readonly aliases: string;
  readonly tags: string;
  readonly summary: string;
}

/** Longest query looked at: a pasted essay should not stall the dialog. */
const MAX_QUERY = 200;

/** Lower-cases and strips diacritics, so "Bayes" finds "bayés" and the reverse. */
function normalise(term: string): string {
  return term.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** Short words are matched exactly or as a prefix; longer ones also tolerate about one typo in five letters. */
function fuzziness(term: string): number | false {
  return term.length >= 4 ? 0.2 : false;
}

/**
 * Builds a typo-tolerant, prefix-matching index over concepts (titles weigh most, then aliases
 * and tags, then summaries). Aliases are ids, so their dashes split into words. Building takes
 * about a millisecond per hundred concepts; callers build it once, when search is first used.
 */
export function createSearchIndex(concepts: readonly ConceptMeta[]): SearchIndex {
  const byId = new Map<string, ConceptMeta>();
  const engine = new MiniSearch<Doc>({
    fields: ['title', 'aliases', 'tags', 'summary'],
    processTerm: (term) => normalise(term) || null,
    searchOptions: {
      boost: { title: 4, aliases: 2, tags: 1.5, summary: 1 },
      prefix: true,
      fuzzy: fuzziness,
      weights: { fuzzy: 0.4, prefix: 0.7 },
    },
  });
  const docs: Doc[] = [];
  for (const concept of concepts) {
    if (byId.has(concept.id)) continue;
    byId.set(concept.id, concept);
    docs.push({
      id: concept.id,
      title: concept.title,
      aliases: concept.aliases.join(' ').replaceAll('-', ' '),
      tags: concept.tags.join(' ').replaceAll('-', ' '),
      summary: concept.summary,
    });
  }
  engine.addAll(docs);

  function run(query: string, combineWith: 'AND' | 'OR'): SearchHit[] {
    const hits: SearchHit[] = [];
    for (const result of engine.search(query, { combineWith })) {
      const concept = byId.get(String(result.id));
      if (concept) hits.push({ id: concept.id, title: concept.title, summary: concept.summary, score: result.score });
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
      // A title that is exactly the query beats any score: "chain rule" means Chain rule.
      const exact = normalise(text);
      const first = hits.filter((h) => normalise(h.title) === exact);
      if (first.length > 0) hits = [...first, ...hits.filter((h) => normalise(h.title) !== exact)];
      return hits.slice(0, limit);
    },
  };
}
