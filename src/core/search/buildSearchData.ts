import MiniSearch from 'minisearch';
import type { Concept } from '../model';
import { normalise } from './normalise';
import { packEngine } from './packedEngine';
import { searchEngineOptions, type SearchDoc } from './searchEngineOptions';
import { SEARCH_DATA_VERSION, type SearchData } from './SearchData';

/**
 * Characters of a summary kept for display. A result shows two lines of at most 38rem of small
 * text, about 160 characters; the rest is cut by the dialog anyway (and is still searched).
 */
const SUMMARY_SHOWN = 200;

/** `summary` cut at a word break after at most `SUMMARY_SHOWN` characters, marked with an ellipsis. */
function shownSummary(summary: string): string {
  if (summary.length <= SUMMARY_SHOWN) return summary;
  const cut = summary.slice(0, SUMMARY_SHOWN + 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > SUMMARY_SHOWN / 2 ? cut.slice(0, space) : cut.slice(0, SUMMARY_SHOWN)).replace(/[\s,;:.–—-]+$/, '')}…`;
}

/**
 * Builds the search index over concepts (the first of a repeated id wins) as JSON-ready data, at
 * compile time: the engine, and each concept's id, title, summary as shown and the labels exact
 * matches need. `loadSearchIndex` turns it into a `SearchIndex`.
 */
export function buildSearchData(concepts: readonly Pick<Concept, 'id' | 'title' | 'summary' | 'aliases' | 'tags' | 'html'>[]): SearchData {
  const seen = new Set<string>();
  const docs: SearchDoc[] = [];
  const ids: string[] = [];
  const titles: string[] = [];
  const summaries: string[] = [];
  const summaryHtml: Record<number, string> = {};
  const labels: Record<number, readonly string[]> = {};
  for (const concept of concepts) {
    if (seen.has(concept.id)) continue;
    seen.add(concept.id);
    const i = ids.length;
    ids.push(concept.id);
    titles.push(concept.title);
    summaries.push(shownSummary(concept.summary));
    // Summaries with math are shown whole: HTML cannot be cut without parsing it, and they are few.
    if (concept.html?.summary !== undefined) summaryHtml[i] = concept.html.summary;
    const names = [...new Set([...concept.tags, ...concept.aliases].map((label) => normalise(label.replaceAll('-', ' '))))];
    if (names.length > 0) labels[i] = names;
    docs.push({
      id: i,
      title: concept.title,
      aliases: concept.aliases.join(' ').replaceAll('-', ' '),
      tags: concept.tags.join(' ').replaceAll('-', ' '),
      summary: concept.summary,
    });
  }
  const engine = new MiniSearch<SearchDoc>(searchEngineOptions);
  engine.addAll(docs);
  return { version: SEARCH_DATA_VERSION, ids, titles, summaries, summaryHtml, labels, engine: packEngine(engine.toJSON()) };
}
