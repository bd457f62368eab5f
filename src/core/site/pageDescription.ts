import { plainTextWithMath, type PlainText } from './plainText';

/** The longest description the head carries: search results and link previews cut near here. */
export const DESCRIPTION_LENGTH = 160;

/**
 * A page's description for its head: its own text (a concept's or roadmap's summary) as plain text
 * (see `plainText`), else the site's description; at most `DESCRIPTION_LENGTH` characters, shortened
 * at a space outside any formula and ended with "…". Empty when neither text has any words.
 */
export function pageDescription(description: string | null | undefined, siteDescription: string): string {
  const own = plainTextWithMath(description ?? '');
  return shorten(own.text === '' ? plainTextWithMath(siteDescription) : own, DESCRIPTION_LENGTH);
}

function shorten({ text, math }: PlainText, max: number): string {
  if (text.length <= max) return text;
  const inFormula = (i: number) => math.some(([start, end]) => i > start && i < end);
  // The last space that leaves room for the ellipsis; punctuation before it would read oddly.
  for (let i = max - 1; i > 0; i--) {
    if (text[i] !== ' ' || inFormula(i)) continue;
    const head = text.slice(0, i).replace(/[\s,;:.!?\-–—]+$/, '');
    if (head !== '') return `${head}…`;
  }
  // A single word longer than the limit is cut, not split inside a surrogate pair.
  const cut = /[\uD800-\uDBFF]/.test(text[max - 2] ?? '') ? max - 2 : max - 1;
  return `${text.slice(0, cut)}…`;
}
