import { SEARCH_DATA_VERSION, type SearchData } from './SearchData';

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

const isStrings = (value: unknown, length: number): value is readonly string[] =>
  Array.isArray(value) && value.length === length && value.every((s) => typeof s === 'string');

/**
 * `data` as `SearchData`, or an error that says what is wrong with it: a file cut short, from
 * another version, or not a search index at all. The engine's own shape is checked as it is
 * unpacked.
 */
export function readSearchData(data: unknown): SearchData {
  if (!isRecord(data)) throw new Error('The search index is damaged: expected an object.');
  if (data.version !== SEARCH_DATA_VERSION) {
    throw new Error(`The search index has version ${String(data.version)}, expected ${SEARCH_DATA_VERSION}: rebuild the site.`);
  }
  const ids = data.ids;
  if (!Array.isArray(ids)) throw new Error('The search index is damaged: expected a list of ids.');
  for (const column of ['ids', 'titles', 'summaries'] as const) {
    if (!isStrings(data[column], ids.length)) throw new Error(`The search index is damaged: expected ${ids.length} ${column}.`);
  }
  for (const column of ['summaryHtml', 'labels', 'engine'] as const) {
    if (!isRecord(data[column])) throw new Error(`The search index is damaged: expected an object of ${column}.`);
  }
  const values = (column: 'summaryHtml' | 'labels') => Object.values(data[column] as Record<string, unknown>);
  if (!values('summaryHtml').every((html) => typeof html === 'string')) {
    throw new Error('The search index is damaged: expected summary HTML as text.');
  }
  if (!values('labels').every((labels) => Array.isArray(labels) && isStrings(labels, labels.length))) {
    throw new Error('The search index is damaged: expected labels as lists of text.');
  }
  return data as unknown as SearchData;
}
