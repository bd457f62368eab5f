/**
 * A heading's anchor id, GitHub style: lower-case, punctuation dropped, spaces to dashes
 * (`Why it is cheap` → `why-it-is-cheap`). Empty input gives `section`.
 */
export function slugify(text: string): string {
  const slug = text
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}\p{Pc}\- ]/gu, '')
    .replace(/ /g, '-');
  return slug || 'section';
}
