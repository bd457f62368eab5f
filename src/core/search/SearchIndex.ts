import type { ConceptId } from '../model';

/** One search result: a concept, best first. */
export interface SearchHit {
  readonly id: ConceptId;
  readonly title: string;
  /** The summary, cut after about two lines of a result (`…` marks a cut). */
  readonly summary: string;
  /** The summary as HTML, when it has math. */
  readonly summaryHtml?: string;
  readonly score: number;
}

/** Options for one query. */
export interface SearchOptions {
  /** Most hits returned (default 10). */
  readonly limit?: number;
  /**
   * `all` (default) wants every word of the query, falling back to any word when nothing has them
   * all; `any` ranks by how many words match (for "did you mean" suggestions).
   */
  readonly match?: 'all' | 'any';
}

/** A full-text index over concept titles, aliases, tags and summaries. */
export interface SearchIndex {
  /** Hits for `query`, best first; an empty or blank query gives none. */
  search(query: string, options?: SearchOptions): readonly SearchHit[];
}
