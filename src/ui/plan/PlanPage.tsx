import { useRef, useState } from 'react';
import type { PlanStep } from '../../core/planner';
import { useAppStore } from '../../store';
import { selectPlanView } from '../../store';
import { BrokenPlanLink } from './BrokenPlanLink';
import { CodeSpans } from '../common/CodeSpans';
import { formatDuration, plural } from '../../core/text';
import { useDocumentTitle } from '../common/useDocumentTitle';
import { PlanPageExtras } from '../instructor/PlanPageExtras';
import { AssumedList } from './AssumedList';
import { PlanActions } from './PlanActions';
import { PlacementLink } from '../placement/PlacementLink';
import { PlanGraphSlot } from './PlanGraphSlot';
import { PlanGraphToggle } from './PlanGraphToggle';
import { PlanStepItem } from './PlanStepItem';
import type { CheckAnswered } from './StudyCard';
import { useStudyCards } from './useStudyCards';
import { UndoBar } from './UndoBar';
import { useAppHref } from '../common/useAppHref';
import { useMediaQuery } from '../common/useMediaQuery';

/** Steps above which the list lets the browser skip laying out what is off screen (see plan.css). */
const LONG_PLAN = 300;
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
  const list = useRef<HTMLOListElement>(null);
  const narrow = useMediaQuery(NARROW);
  // "Next up" is the first ready step; its study card starts open.
  const nextUp = view.ok ? (view.plan.steps.find((s) => s.ready)?.id ?? null) : null;
  const cards = useStudyCards(nextUp);
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
  function markKnown(step: PlanStep) {
    const index = plan.steps.findIndex((s) => s.id === step.id);
    mark(step.id, 'known');
    setMarked({ id: step.id, title: step.title });
    // The button goes away with its step; keep the keyboard near where it was.
    requestAnimationFrame(() => {
      const buttons = list.current?.querySelectorAll<HTMLButtonElement>('button[data-step-action]');
      const next = buttons?.[Math.min(index, buttons.length - 1)];
      (next ?? document.querySelector<HTMLElement>('main h1'))?.focus();
    });
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

      {narrow ? <PlanGraphToggle plan={plan} assumed={view.spec.known} /> : <PlanGraphSlot plan={plan} assumed={view.spec.known} />}

      <section aria-labelledby="steps-heading">
        <h2 id="steps-heading">Steps</h2>
        {plan.steps.length === 0 ? (
          <p className="done-note">Nothing left to learn: you know everything this plan covers.</p>
        ) : (
          <>
            <p className="muted">
              In order: each step comes after what it needs. {plural(plan.totals.readyNow, 'step is', 'steps are')} ready to start now.
            </p>
            <ol className={plan.steps.length > LONG_PLAN ? 'plan-steps plan-steps-long' : 'plan-steps'} ref={list}>
              {plan.steps.map((step, i) => (
                <PlanStepItem
                  key={step.id}
                  plan={plan}
                  assumed={view.spec.known}
                  step={step}
                  number={i + 1}
                  state={view.states.get(step.id) ?? null}
                  nextUp={step.id === nextUp}
                  open={cards.isOpen(step.id)}
                  onToggle={cards.toggle}
                  onKnown={markKnown}
                  onCheckAnswered={onCheckAnswered}
                />
              ))}
            </ol>
          </>
        )}
      </section>
      <PlanPageExtras plan={plan} spec={view.spec} title={view.title} url={view.url} />
      <UndoBar id={marked?.id ?? null} title={marked?.title ?? ''} onUndo={() => setMarked(null)} />
    </article>
  );
}
