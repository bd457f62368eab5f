/**
 * The texts `npm run new` writes for the author to replace. The scaffold writes them from here and
 * `check` warns (`placeholder`) about each one still in a file, so a site made from the scaffold
 * cannot ship them unnoticed.
 */
export const PLACEHOLDERS = {
  conceptSummary: 'One to three sentences: what the concept is and why it matters.',
  roadmapSummary: 'One to three sentences: who this roadmap is for and where it leads.',
  courseSummary: 'One to three sentences: what the course covers and for whom.',
  author: 'Your name',
  resourceTitle: 'Title of a book chapter, lecture or article',
  resourceUrl: 'https://example.org/',
  resourceNote: 'Optional remark about this resource (or delete this line).',
  goal: 'What the learner can do afterwards.',
  weekTitle: 'Week 1: First topic',
  weekNote: 'Optional sentence about the week (or delete this line).',
} as const;

const TEXTS: ReadonlySet<string> = new Set(Object.values(PLACEHOLDERS));
// Hosts reserved for examples (RFC 2606): a link there is never a real resource.
const EXAMPLE_URL = /^https?:\/\/(?:[^/?#]*\.)?example\.(?:org|com|net)(?:[/:?#]|$)/i;

/** True for a scaffold placeholder text or a link to an example host. */
export function isPlaceholder(value: string): boolean {
  return TEXTS.has(value) || EXAMPLE_URL.test(value);
}
