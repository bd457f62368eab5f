import type { Options } from 'minisearch';
import { normalise } from './normalise';
import { singular } from './singular';

/** A concept as the engine indexes it; `id` is its position in the `SearchData` columns. */
export interface SearchDoc {
  readonly id: number;
  readonly title: string;
  /** Aliases are ids, so their dashes become spaces to split into words; tags likewise. */
  readonly aliases: string;
  readonly tags: string;
  readonly summary: string;
}

/** Short words are matched exactly or as a prefix; longer ones also tolerate about one typo in five letters. */
function fuzziness(term: string): number | false {
  return term.length >= 4 ? 0.2 : false;
}

/**
 * The engine's options. The index is built at compile time and loaded in the browser, and
 * MiniSearch does not store its options, so both sides must use this one object: a term
 * processed differently on either side would never match. Titles weigh most, then aliases and
 * tags, then summaries.
 */
export const searchEngineOptions: Options<SearchDoc> = {
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
};
