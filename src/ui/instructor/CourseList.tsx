import { hrefFor } from '../../core/route';
import { useAppStore } from '../../store';
import { useAppHref } from '../common/useAppHref';
import { courseLength } from '../../core/export';

/** The site's courses, as links; nothing when it has none. */
export function CourseList() {
  const courses = useAppStore((s) => s.index.courses);
  const appHref = useAppHref();
  if (courses.length === 0) return null;
  return (
    <section aria-labelledby="courses-heading" className="builder-section">
      <h2 id="courses-heading">Courses on this site</h2>
      <ul className="ref-list">
        {courses.map((course) => (
          <li key={course.id}>
            <a href={appHref(hrefFor({ kind: 'course', id: course.id }))}>{course.title}</a>{' '}
            <span className="ref-reason">{courseLength(course)}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
