import type { PlanDocument, PlanDocumentConcept } from './PlanDocument';
import { escapeMarkdown } from './escapeMarkdown';
import { formatDuration, plural } from '../text';

/** A note's paragraphs as Markdown: its line breaks kept, every line escaped. */
function noteToMarkdown(note: string): string {
  return note
    .split(/\n{2,}/)
    .map((paragraph) =>
      paragraph
        .split('\n')
        .map((line) => escapeMarkdown(line.trim()))
        .join('\\\n'),
    )
    .join('\n\n');
}

const link = (concept: PlanDocumentConcept) => `[${escapeMarkdown(concept.title)}](${concept.url})`;

/**
 * A plan as a Markdown checklist for a syllabus or an issue tracker: a header with the title,
 * the note, the number of steps, the time and the plan's link; an "Assumed known" list of the
 * concepts the plan takes as known, when there are any; then one `- [ ] [Title](concept URL)
 * (duration)` line per step, in plan order. Every piece of text is escaped, so no title or note
 * can add a heading, list item, link or HTML. Ends with a newline.
 */
export function planToMarkdown(doc: PlanDocument): string {
  const lines = [`# ${escapeMarkdown(doc.title)}`, ''];
  if (doc.note !== undefined) lines.push(noteToMarkdown(doc.note), '');
  lines.push(`- Steps: ${plural(doc.steps.length, 'step')}`, `- Time: ${formatDuration(doc.minutes)}`, `- Plan: <${doc.url}>`, '');
  if (doc.assumed.length > 0) {
    lines.push('## Assumed known', '', 'The plan leaves these out: it takes them as known.', '');
    for (const concept of doc.assumed) lines.push(`- ${link(concept)}`);
    lines.push('');
  }
  lines.push('## Steps', '');
  if (doc.steps.length === 0) lines.push('Nothing to learn: every concept of this plan is assumed known.');
  for (const step of doc.steps) lines.push(`- [ ] ${link(step)} (${formatDuration(step.minutes)})`);
  return `${lines.join('\n')}\n`;
}
