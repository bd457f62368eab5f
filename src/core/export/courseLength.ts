import type { CourseMeta } from '../model';

const weeks = (count: number) => `${count} ${count === 1 ? 'week' : 'weeks'}`;

type CourseWeeks = Pick<CourseMeta, 'firstWeek' | 'weeks'>;

/**
 * A course's length as its title would count it: "3 weeks"; with a week 0 of groundwork,
 * "week 0 + 10 weeks", so a "ten-week course" is not listed as eleven.
 */
export function courseLength(course: CourseWeeks): string {
  if (course.firstWeek !== 0 || course.weeks.length === 0) return weeks(course.weeks.length);
  return course.weeks.length === 1 ? 'week 0' : `week 0 + ${weeks(course.weeks.length - 1)}`;
}

/** The weeks a course spans, for a figure: "3", or "0–10" when it starts at week 0. */
export function courseWeekSpan(course: CourseWeeks): string {
  const count = course.weeks.length;
  if (course.firstWeek !== 0) return String(count);
  return count <= 1 ? '0' : `0–${count - 1}`;
}
