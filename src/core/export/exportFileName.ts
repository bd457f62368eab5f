/**
 * A safe file name for an exported plan or course: the title in lower-case ASCII words joined
 * by dashes (at most 60 characters), `fallback` when nothing is left, then `.extension`.
 */
export function exportFileName(title: string, extension: 'md' | 'txt', fallback = 'plan'): string {
  const slug = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, 60)
    .replace(/^-+|-+$/g, '');
  return `${slug || fallback}.${extension}`;
}
