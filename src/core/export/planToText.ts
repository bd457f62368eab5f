import type { PlanDocument } from './PlanDocument';
import { formatDuration, plural } from '../text';

/**
 * A plan as plain text (for mail or a text field): the title, the note, the number of steps,
 * the time and the plan's link, the concepts it assumes known, then the numbered steps in plan
 * order, each with its duration and, on the next line, its URL. Ends with a newline.
 */
export function planToText(doc: PlanDocument): string {
  const lines = [doc.title, ''];
  if (doc.note !== undefined) lines.push(doc.note, '');
  lines.push(`${plural(doc.steps.length, 'step')}, ${formatDuration(doc.minutes)}`, `Plan: ${doc.url}`, '');
  if (doc.assumed.length > 0) lines.push(`Assumed known: ${doc.assumed.map((c) => c.title).join(', ')}.`, '');
  if (doc.steps.length === 0) lines.push('Nothing to learn: every concept of this plan is assumed known.');
  const width = String(doc.steps.length).length;
  for (const [i, step] of doc.steps.entries()) {
    const number = `${i + 1}.`.padStart(width + 1);
    lines.push(`${number} ${step.title} (${formatDuration(step.minutes)})`, `${' '.repeat(width + 2)}${step.url}`);
  }
  return `${lines.join('\n')}\n`;
}
