/**
 * The kebab-case id for a title or a mistyped id: lower-case ASCII letters and digits joined by
 * single dashes (`Feed-forward Neural Nets` → `feed-forward-neural-nets`). Accents are dropped.
 * Empty when nothing usable is left.
 */
export function toConceptId(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
