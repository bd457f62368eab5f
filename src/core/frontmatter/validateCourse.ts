import type { CourseMeta, CourseWeek } from '../model';
import { asConceptId, isConceptId, type ConceptId } from '../model';
import { FieldReader, isRecord, type Scope } from './FieldReader';
import type { FieldPath } from './parseFrontMatter';

/** Fields a course's front-matter may have. */
export const COURSE_FIELDS = ['title', 'summary', 'author', 'firstWeek', 'weeks'] as const;
const WEEK_FIELDS = ['title', 'targets', 'note'] as const;

/** A validated course plus where each week's targets are (`targetPaths[w][t]`). */
export interface ValidatedCourse {
  readonly meta: CourseMeta;
  readonly targetPaths: readonly (readonly FieldPath[])[];
}

/**
 * Checks a course: `weeks` is a required list of `{title, targets, note?}` where `targets` lists
 * concept ids; `firstWeek` (0 or 1, default 1) numbers the first of them. Whether the targets
 * exist is checked across files (`unknown-target`).
 */
export function validateCourse(reader: FieldReader, id: string, data: Record<string, unknown>): ValidatedCourse {
  const top: Scope = { data, path: [] };
  reader.unknownFields(top, COURSE_FIELDS);
  const title = reader.title(top, 'title', true) ?? id;
  const summary = reader.string(top, 'summary', true) ?? '';
  const author = reader.string(top, 'author', false);
  const firstWeek = readFirstWeek(reader, top);
  const weeks: CourseWeek[] = [];
  const targetPaths: FieldPath[][] = [];
  for (const [w, item] of reader.list(top, 'weeks', true).entries()) {
    if (!isRecord(item)) {
      reader.itemInvalid(top, 'weeks', w, 'a mapping with `title` and `targets`', item);
      continue;
    }
    // Messages name weeks by their number (`of week 0` in a course that starts at 0).
    const scope: Scope = { data: item, path: ['weeks', w], item: 'week', index: w + firstWeek - 1 };
    reader.unknownFields(scope, WEEK_FIELDS);
    const weekTitle = reader.title(scope, 'title', true) ?? `Week ${w + firstWeek}`;
    const note = reader.string(scope, 'note', false);
    const targets: ConceptId[] = [];
    const paths: FieldPath[] = [];
    const list = reader.list(scope, 'targets', true);
    if (Array.isArray(item.targets) && list.length === 0) {
      reader.invalid(scope, 'targets', 'a list of at least one concept id', item.targets);
    }
    for (const [t, target] of list.entries()) {
      if (typeof target === 'string' && isConceptId(target)) {
        targets.push(asConceptId(target));
        paths.push(['weeks', w, 'targets', t]);
      } else {
        reader.itemInvalid(scope, 'targets', t, 'a concept id (lower-case kebab-case)', target);
      }
    }
    weeks.push({ title: weekTitle, targets, ...(note === undefined ? {} : { note }) });
    targetPaths.push(paths);
  }
  const meta: CourseMeta = {
    id,
    file: reader.file,
    title,
    summary,
    ...(author === undefined ? {} : { author }),
    firstWeek,
    weeks,
  };
  return { meta, targetPaths };
}

/** `firstWeek`: 0 or 1 (default 1), so a course can open with a "week 0" of groundwork. */
function readFirstWeek(reader: FieldReader, top: Scope): number {
  const value = top.data.firstWeek;
  if (value === undefined || value === null) return 1;
  if (value === 0 || value === 1) return value;
  reader.invalid(top, 'firstWeek', '0 or 1', value);
  return 1;
}
