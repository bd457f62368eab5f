import { useMemo } from 'react';
import { courseToMarkdown } from '../../core/export';
import { hrefFor } from '../../core/route';
import { useAppStore } from '../../store';
import { selectStates } from '../../store';
import { OnThisPage } from '../body/OnThisPage';
import { RenderedBody } from '../body/RenderedBody';
import { formatDuration } from '../../core/text';
import { ProgressMeter } from '../common/ProgressMeter';
import { usePrintDetails } from '../common/usePrintDetails';
import { useDocumentTitle } from '../common/useDocumentTitle';
import { NotFoundPage } from '../app/NotFoundPage';
import { CourseWeekSection, weekHeadingId } from './CourseWeekSection';
import { ExportButtons } from './ExportButtons';
import { siteRoot } from './siteRoot';
import { useCoursePlan } from './useCoursePlan';
import '../styles/print.css';
import './instructor.css';
import { courseWeekSpan } from '../../core/export';

/**
 * A course (`/courses/<id>`): week by week, what is new given the weeks before it and what to
 * know first, with the viewer's progress over the whole course; printable and exportable.
 */
export function CoursePage({ id }: { readonly id: string }) {
  const course = useAppStore((s) => s.index.courses.find((c) => c.id === id));
  const states = useAppStore(selectStates);
  const hasBody = useAppStore((s) => `courses/${id}` in s.index.bodies);
  const coursePlan = useCoursePlan(course);
  const base = useAppStore((s) => s.base);
  // Summaries (printed under each step) come with concepts' data files, fetched for printing.
  const stepIds = useMemo(() => coursePlan?.weeks.flatMap((w) => w.plan.steps.map((s) => s.id)) ?? [], [coursePlan]);
  usePrintDetails(stepIds);
  const loadConcepts = useAppStore((s) => s.loadConcepts);
  const weekHeadings = useMemo(
    () => coursePlan?.weeks.map((w) => ({ id: weekHeadingId(w.number), text: w.week.title, depth: 2 as const })) ?? [],
    [coursePlan],
  );
  useDocumentTitle(course ? course.title : 'No such course', course?.summary);
  if (!course || !coursePlan) return <NotFoundPage path={hrefFor({ kind: 'course', id })} />;

  const steps = coursePlan.weeks.flatMap((w) => w.plan.steps);
  const known = steps.filter((s) => states.get(s.id) === 'known').length;
  const learning = steps.filter((s) => states.get(s.id) === 'learning').length;
  return (
    <article className="page course-page with-contents">
      <header className="page-header">
        <p className="eyebrow">Course{course.author ? ` · ${course.author}` : ''}</p>
        <h1 tabIndex={-1}>{course.title}</h1>
        {course.summary && <p className="lead">{course.summary}</p>}
        <dl className="plan-stats">
          <div>
            <dt>Weeks</dt>
            <dd>{courseWeekSpan(course)}</dd>
          </div>
          <div>
            <dt>Steps</dt>
            <dd>{coursePlan.totals.concepts}</dd>
          </div>
          <div>
            <dt>Time</dt>
            <dd>{formatDuration(coursePlan.totals.minutes)}</dd>
          </div>
        </dl>
        <div className="screen-only">
          <ProgressMeter known={known} learning={learning} total={steps.length} />
        </div>
        <div className="share-row screen-only">
          <button type="button" className="button button-small" onClick={() => void loadConcepts(stepIds).then(() => window.print())}>
            Print
          </button>
          <ExportButtons
            source={{ title: course.title, fallbackName: 'course', markdown: () => courseToMarkdown(course, coursePlan, siteRoot(base)) }}
          />
        </div>
      </header>
      <OnThisPage headings={weekHeadings} />
      <div className="contents-body">
        {hasBody && <RenderedBody bodyKey={`courses/${id}`} label="the course introduction" />}
        {coursePlan.weeks.map((week) => (
          <CourseWeekSection key={week.number} week={week} />
        ))}
      </div>
    </article>
  );
}
