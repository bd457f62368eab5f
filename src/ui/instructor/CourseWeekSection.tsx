import type { CourseWeekPlan } from '../../core/export';
import { encodePlanUrl } from '../../core/planner';
import { useAppStore } from '../../store';
import { selectStates } from '../../store';
import { ConceptLink } from '../common/ConceptLink';
import { formatDuration, plural } from '../../core/text';
import { StateBadge } from '../common/StateBadge';
import { useAppHref } from '../common/useAppHref';
import { ConceptSummary } from '../common/TextWithMath';

const since = (week: number | null) => (week === null ? 'assumed' : `week ${week}`);

/** The anchor id of a week's heading (`#week-3`), for links and the page's contents. */
export const weekHeadingId = (number: number) => `week-${number}`;

/**
 * One week of a course: what to know before it, its new steps in order (with the viewer's state,
 * and summaries on paper), and the week as a plan of its own.
 */
export function CourseWeekSection({ week }: { readonly week: CourseWeekPlan }) {
  const states = useAppStore(selectStates);
  const details = useAppStore((s) => s.details);
  const appHref = useAppHref();
  const { number, plan } = week;
  const headingId = weekHeadingId(number);
  return (
    <section className="course-week" aria-labelledby={headingId}>
      <h2 id={headingId}>{week.week.title}</h2>
      {week.week.note && <p className="course-week-note">{week.week.note}</p>}
      <p className="muted">
        {plural(plan.totals.concepts, 'new step')} · {formatDuration(plan.totals.minutes)}
      </p>
      {week.before.length > 0 && (
        <div className="course-before">
          <h3>Before week {number} you should know</h3>
          <ul className="inline-list">
            {week.before.map((k) => (
              <li key={k.id}>
                <ConceptLink id={k.id}>{k.title}</ConceptLink> <span className="muted">({since(k.week)})</span>
              </li>
            ))}
          </ul>
        </div>
      )}
      {week.covered.length > 0 && (
        <p className="muted">Already covered: {week.covered.map((k) => `${k.title} (${since(k.week)})`).join(', ')}.</p>
      )}
      {week.unknown.length > 0 && (
        <p className="plan-warnings">This week names concepts the site does not have: {week.unknown.join(', ')}.</p>
      )}
      {plan.steps.length > 0 ? (
        <ol className="course-steps" aria-label={`New in week ${number}`}>
          {plan.steps.map((step) => {
            const state = states.get(step.id) ?? null;
            const entry = details[step.id];
            const concept = entry?.status === 'ready' ? entry.concept : undefined;
            return (
              <li key={step.id} className="course-step">
                <ConceptLink id={step.id}>{step.title}</ConceptLink> <span className="muted duration">{formatDuration(step.minutes)}</span>{' '}
                {state && <StateBadge state={state} />}
                {step.isTarget && <StateBadge state="target" />}
                {concept?.summary && (
                  <span className="print-only print-summary">
                    <ConceptSummary concept={concept} />
                  </span>
                )}
              </li>
            );
          })}
        </ol>
      ) : (
        <p className="done-note">
          {week.targets.length === 0
            ? 'This week names no concept this site has.'
            : "Nothing new: earlier weeks cover this week's targets."}
        </p>
      )}
      {week.spec && (
        <p className="screen-only">
          <a href={appHref(encodePlanUrl(week.spec))}>Open week {number} as a plan</a>
        </p>
      )}
    </section>
  );
}
