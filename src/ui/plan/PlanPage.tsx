import { useState } from 'react';
import type { PlanStep } from '../../core/planner';
import { useAppStore } from '../../store';
import { selectPlanView } from '../../store';
import { BrokenPlanLink } from './BrokenPlanLink';
import { CodeSpans } from '../common/CodeSpans';
import { formatDuration } from '../../core/text';
import { useDocumentTitle } from '../common/useDocumentTitle';
import { PlanPageExtras } from '../instructor/PlanPageExtras';
import { AssumedList } from './AssumedList';
import { PlanActions } from './PlanActions';
import { PlacementLink } from '../placement/PlacementLink';
import { PlanGraphSlot } from './PlanGraphSlot';
import { PlanGraphToggle } from './PlanGraphToggle';
import { PlanStepList } from './PlanStepList';
import type { CheckAnswered } from './StudyCard';
import { useStepWindow } from './useStepWindow';
import { useStudyCards } from './useStudyCards';
import { UndoBar } from './UndoBar';
import { useAppHref } from '../common/useAppHref';
import { useMediaQuery } from '../common/useMediaQuery';

/**
 * Steps above which the plan's graph is drawn only when asked for, on any screen. Up to 300 the
 * layout takes tens of milliseconds and the graph paints within the page's first second (see
 * docs/layout.md); a plan of thousands of steps would spend seconds on a drawing few learners
 * read, before its list is usable.
 */
const GRAPH_ON_REQUEST = 300;
/** Below this width the steps come first and the graph waits behind a button (see plan.css). */
const NARROW = '(max-width: 40rem)';
/** Answers to a study card's checks feed nothing yet; reviews will record them. */
const onCheckAnswered: CheckAnswered | undefined = undefined;

/** A learning plan: numbered steps, time left, what is ready now, and "mark known" with undo. */
export function PlanPage({ url }: { readonly url: string }) {
  const view = useAppStore((s) => selectPlanView(s, url));
  const mark = useAppStore((s) => s.mark);
  const appHref = useAppHref();
  const [marked, setMarked] = useState<{ id: string; title: string } | null>(null);
  const narrow = useMediaQuery(NARROW);
  // "Next up" is the first ready step; its study card starts open.
  const nextUp = view.ok ? (view.plan.steps.find((s) => s.ready)?.id ?? null) : null;
  const cards = useStudyCards(nextUp);
  const steps = useStepWindow(view.ok ? view.plan.steps.length : 0, url);
  useDocumentTitle(view.ok ? view.title : 'This plan link does not work');

  if (!view.ok) {
    return (
      <BrokenPlanLink message={view.message}>
        {view.corrections.length > 0 && (
          <>
            <h2 id="corrections-heading">Open instead</h2>
            <ul className="ref-list" aria-labelledby="corrections-heading">
              {view.corrections.map((fix) => (
                <li key={fix.url}>
                  <a href={appHref(fix.url)}>{fix.title}</a>
                </li>
              ))}
            </ul>
          </>
        )}
        <p>
          <a href={appHref('/')}>Go to the home page</a> or press <kbd>/</kbd> to search for a concept and get a plan for it.
        </p>
      </BrokenPlanLink>
    );
  }

  const { plan, assumed } = view;
  // Chosen as the plan opens, like the list's window, so marking a step known never swaps it.
  const graphOnRequest = steps.opened > GRAPH_ON_REQUEST;
  function markKnown(step: PlanStep) {
    mark(step.id, 'known');
    setMarked({ id: step.id, title: step.title });
  }

  return (
    <article className="page plan-page">
      <header className="page-header">
        <p className="eyebrow">Learning plan{assumed.length > 0 ? ' · shared' : ''}</p>
        <h1 tabIndex={-1}>{view.title}</h1>
        {view.spec.note && <p className="lead plan-note">{view.spec.note}</p>}
        <dl className="plan-stats">
          <div>
            <dt>Steps</dt>
            <dd>{plan.totals.concepts}</dd>
          </div>
          <div>
            <dt>Time left</dt>
            <dd className="duration">{formatDuration(plan.totals.minutes)}</dd>
          </div>
          <div>
            <dt>Ready now</dt>
            <dd>{plan.totals.readyNow}</dd>
          </div>
        </dl>
        <PlanActions url={view.url} title={view.title} />
        <PlacementLink planUrl={view.url} />
      </header>

      {view.warnings.length > 0 && (
        <ul className="plan-warnings">
          {view.warnings.map((w) => (
            <li key={w}>
              <CodeSpans text={w} />
            </li>
          ))}
        </ul>
      )}
      {assumed.length > 0 && <AssumedList assumed={assumed} />}

      {narrow || graphOnRequest ? (
        <PlanGraphToggle plan={plan} assumed={view.spec.known} counted={graphOnRequest} />
      ) : (
        <PlanGraphSlot plan={plan} assumed={view.spec.known} />
      )}

      <section aria-labelledby="steps-heading">
        <h2 id="steps-heading">Steps</h2>
        {plan.steps.length === 0 ? (
          <p className="done-note">Nothing left to learn: you know everything this plan covers.</p>
        ) : (
          <PlanStepList
            plan={plan}
            assumed={view.spec.known}
            states={view.states}
            nextUp={nextUp}
            cards={cards}
            steps={steps}
            onKnown={markKnown}
            onCheckAnswered={onCheckAnswered}
          />
        )}
      </section>
      <PlanPageExtras plan={plan} spec={view.spec} title={view.title} url={view.url} printed={steps.shown} />
      <UndoBar id={marked?.id ?? null} title={marked?.title ?? ''} onUndo={() => setMarked(null)} />
    </article>
  );
}
