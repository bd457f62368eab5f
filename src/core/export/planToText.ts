import type { PlanDocument } from './PlanDocument';
import { plural } from '../text';
import { formatHours } from './formatHours';

/**
 * A plan as plain text (for mail or a text field): the title, the note, the number of steps,
 * the time and the plan's link, then the numbered steps in plan order, each with its minutes and,
 * on the next line, its URL. Ends with a newline.
 */
export function planToText(doc: PlanDocument): string {
  const lines = [doc.title, ''];
  if (doc.note !== undefined) lines.push(doc.note, '');
  lines.push(`${plural(doc.steps.length, 'step')}, ${formatHours(doc.minutes, doc.hours)}`, `Plan: ${doc.url}`, '');
  if (doc.steps.length === 0) lines.push('Nothing to learn: every concept of this plan is assumed known.');
  const width = String(doc.steps.length).length;
  for (const [i, step] of doc.steps.entries()) {
    const number = `${i + 1}.`.padStart(width + 1);
    lines.push(`${number} ${step.title} (${step.minutes} min)`, `${' '.repeat(width + 2)}${step.url}`);
  }
  return `${lines.join('\n')}\n`;
}
