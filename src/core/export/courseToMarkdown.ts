import type { CourseMeta } from '../model';
import { encodePlanUrl } from '../planner';
import { hrefFor } from '../route';
import type { CoursePlan } from './CoursePlan';
import { absoluteUrl } from './absoluteUrl';
import { courseWeekSpan } from './courseLength';
import { escapeMarkdown } from './escapeMarkdown';
import { formatDuration, plural } from '../text';

/**
 * A course as a Markdown syllabus: a header (title, summary, total time, course link), then per
 * week its title, note, "Before this week you should know …" with links, the checklist of its new
 * steps in plan order and its plan link. Ends with a newline.
 */
export function courseToMarkdown(course: CourseMeta, coursePlan: CoursePlan, origin: string): string {
  const conceptUrl = (id: string) => absoluteUrl(origin, hrefFor({ kind: 'concept', id }));
  const { totals } = coursePlan;
  const lines = [`# ${escapeMarkdown(course.title)}`, ''];
  if (course.summary) lines.push(escapeMarkdown(course.summary.replace(/\s+/g, ' ').trim()), '');
  lines.push(
    `- Weeks: ${courseWeekSpan(course)}`,
    `- Steps: ${plural(totals.concepts, 'step')}`,
    `- Time: ${formatDuration(totals.minutes)}`,
    `- Course: <${absoluteUrl(origin, hrefFor({ kind: 'course', id: course.id }))}>`,
  );
  for (const week of coursePlan.weeks) {
    lines.push('', `## ${escapeMarkdown(week.week.title)}`, '');
    if (week.week.note !== undefined) lines.push(escapeMarkdown(week.week.note), '');
    if (week.before.length > 0) {
      const links = week.before.map((k) => `[${escapeMarkdown(k.title)}](${conceptUrl(k.id)})`);
      lines.push(`Before this week you should know: ${links.join(', ')}.`, '');
    }
    if (week.plan.steps.length === 0) lines.push('Nothing new this week: earlier weeks cover it.');
    for (const step of week.plan.steps) {
      lines.push(`- [ ] [${escapeMarkdown(step.title)}](${conceptUrl(step.id)}) (${formatDuration(step.minutes)})`);
    }
    if (week.spec) lines.push('', `${formatDuration(week.plan.totals.minutes)} · plan: <${absoluteUrl(origin, encodePlanUrl(week.spec))}>`);
  }
  return `${lines.join('\n')}\n`;
}
