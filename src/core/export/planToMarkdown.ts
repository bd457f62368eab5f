import type { PlanDocument } from './PlanDocument';
import { escapeMarkdown } from './escapeMarkdown';
import { plural } from '../text';
import { formatHours } from './formatHours';

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

/**
 * A plan as a Markdown checklist for a syllabus or an issue tracker: a header with the title,
 * the note, the number of steps, the time and the plan's link, then one
 * `- [ ] [Title](concept URL) (NN min)` line per step, in plan order. Ends with a newline.
 */
export function planToMarkdown(doc: PlanDocument): string {
  const lines = [`# ${escapeMarkdown(doc.title)}`, ''];
  if (doc.note !== undefined) lines.push(noteToMarkdown(doc.note), '');
  lines.push(
    `- Steps: ${plural(doc.steps.length, 'step')}`,
    `- Time: ${formatHours(doc.minutes, doc.hours)}`,
    `- Plan: <${doc.url}>`,
    '',
    '## Steps',
    '',
  );
  if (doc.steps.length === 0) lines.push('Nothing to learn: every concept of this plan is assumed known.');
  for (const step of doc.steps) lines.push(`- [ ] [${escapeMarkdown(step.title)}](${step.url}) (${step.minutes} min)`);
  return `${lines.join('\n')}\n`;
}
