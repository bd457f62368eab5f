/** Lower-cases and strips diacritics, so "Bayes" finds "bayés" and the reverse. */
export function normalise(term: string): string {
  return term.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}
