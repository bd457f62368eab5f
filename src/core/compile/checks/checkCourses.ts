import type { CourseMeta } from '../../model';
import type { ConceptId } from '../../model';
import type { FileFacts } from '../FileFacts';
import type { LinkResolver } from '../../links';
import { createDiagnostic } from '../../diagnostics';
import type { Diagnostic } from '../../diagnostics';

/**
 * Checks every course's week targets against the concepts (`unknown-target`, with "did you mean")
 * and returns the courses with targets resolved to current ids and unknown ones left out.
 */
export function checkCourses(facts: readonly FileFacts[], resolver: LinkResolver, diagnostics: Diagnostic[]): CourseMeta[] {
  const courses: CourseMeta[] = [];
  for (const course of facts) {
    if (course.kind !== 'course') continue;
    const weeks = course.meta.weeks.map((week, w) => {
      const targets: ConceptId[] = [];
      for (const [t, target] of week.targets.entries()) {
        const found = resolver.concept(target);
        if (found) {
          if (!targets.includes(found.id)) targets.push(found.id);
          continue;
        }
        const guess = resolver.suggestConcept(target);
        const hint = guess ? `; did you mean \`${guess}\`?` : '.';
        const message = `Expected the targets of week ${w + course.meta.firstWeek} to be existing concept ids, found \`${target}\`${hint}`;
        const place = course.locate(course.targetPaths[w]?.[t] ?? ['weeks', w]);
        diagnostics.push(
          createDiagnostic(course.path, place, 'unknown-target', message, { actual: target, ...(guess ? { expected: guess } : {}) }),
        );
      }
      return { ...week, targets };
    });
    courses.push({ ...course.meta, weeks });
  }
  return courses;
}
