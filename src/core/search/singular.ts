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
