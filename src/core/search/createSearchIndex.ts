import MiniSearch from 'minisearch';
import type { Concept } from '../model';
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

// Latin plurals in -ices; other words in -ices are plain plurals (choices, devices, practices).
const LATIN_ICES: Readonly<Record<string, string>> = {
  matrices: 'matrix',
  indices: 'index',
  vertices: 'vertex',
  appendices: 'appendix',
  simplices: 'simplex',
  apices: 'apex',
};
// Words in -ies that are their own singular.
const SAME_IN_IES = new Set(['series', 'species']);

/**
 * The singular of an English plural, roughly: "matrices" → "matrix", "probabilities" →
 * "probability", "batches" → "batch", "vectors" → "vector"; words in -ss, -us, -is, -ias and short
 * words stay as they are. Names are indexed and queries searched in this form, so "matrix" finds
 * Matrices and the reverse.
 */
export function singular(word: string): string {
  if (word.length < 4 || !word.endsWith('s')) return word;
  if (word.endsWith('ices')) return LATIN_ICES[word] ?? word.slice(0, -1);
  if (word.endsWith('ies') && word.length > 4) return SAME_IN_IES.has(word) ? word : `${word.slice(0, -3)}y`;
  if (/(?:sses|xes|ches|shes|iases)$/.test(word)) return word.slice(0, -2);
  if (/(?:ss|us|is|ias)$/.test(word)) return word;
  return word.slice(0, -1);
}

/** "The gradient" is named "gradient" when it comes to exact matches. */
function withoutArticle(text: string): string {
  return text.replace(/^(?:the|a|an) /, '');
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
export function createSearchIndex(concepts: readonly Concept[]): SearchIndex {
  const byId = new Map<string, Concept>();
  const engine = new MiniSearch<Doc>({
    fields: ['title', 'aliases', 'tags', 'summary'],
    // Names (titles, aliases, tags) are indexed in the singular, as queries are searched, so
    // "matrix" and "matrices" both find Matrices (and typing "matric" reaches it as a near miss).
    // Indexing the plural too would let a plural title match twice, exactly and as a prefix, and
    // outrank the concept named by the word itself. Summaries stay as written, or every summary
    // that says "gradients" would count as naming the gradient.
    processTerm: (term, field) => {
      const word = normalise(term);
      if (!word) return null;
      return field === 'summary' ? word : singular(word);
    },
    searchOptions: {
      processTerm: (term) => singular(normalise(term)) || null,
      boost: { title: 4, aliases: 2, tags: 1.5, summary: 1 },
      prefix: true,
      fuzzy: fuzziness,
      weights: { fuzzy: 0.4, prefix: 0.7 },
    },
  });
  const docs: Doc[] = [];
  // Each concept's tags and aliases as words, for exact matches.
  const labels = new Map<string, ReadonlySet<string>>();
  for (const concept of concepts) {
    if (byId.has(concept.id)) continue;
    byId.set(concept.id, concept);
    labels.set(concept.id, new Set([...concept.tags, ...concept.aliases].map((label) => normalise(label.replaceAll('-', ' ')))));
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
      if (!concept) continue;
      const summaryHtml = concept.html?.summary;
      hits.push({
        id: concept.id,
        title: concept.title,
        summary: concept.summary,
        ...(summaryHtml === undefined ? {} : { summaryHtml }),
        score: result.score,
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
      const rank = (hit: SearchHit) => (withoutArticle(normalise(hit.title)) === exact ? 0 : labels.get(hit.id)?.has(exact) ? 1 : 2);
      hits = hits
        .map((hit, order) => ({ hit, order, rank: rank(hit) }))
        .sort((a, b) => a.rank - b.rank || a.order - b.order)
        .map((x) => x.hit);
      return hits.slice(0, limit);
    },
  };
}
