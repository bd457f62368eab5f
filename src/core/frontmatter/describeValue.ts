/** How a found value reads in a message: `yes`, `42`, a list, a mapping, nothing (at most 60 chars). */
export function describeValue(value: unknown): string {
  if (value === null || value === undefined) return 'nothing';
  if (Array.isArray(value)) return value.length === 0 ? 'an empty list' : 'a list';
  if (typeof value === 'object') return 'a mapping';
  // Text that reads like a number or a boolean was quoted by the author: show the quotes.
  if (typeof value === 'string' && /^(?:true|false|null|~|-?\d+(?:\.\d+)?)$/i.test(value.trim())) return `\`"${value}"\``;
  const text = String(value).replace(/\s+/g, ' ');
  return `\`${text.length > 60 ? `${text.slice(0, 57)}...` : text}\``;
}

/** The raw text of a found value for `Diagnostic.actual` (scalars only, at most 200 chars). */
export function actualValue(value: unknown): string | undefined {
  if (value === null || value === undefined || typeof value === 'object') return undefined;
  return String(value).slice(0, 200);
}
