import { useEffect, useRef } from 'react';
import type { ConceptId } from '../../core/model';
import type { Plan, PlanStep } from '../../core/planner';
import type { ProgressState } from '../../core/progress';
import { plural } from '../../core/text';
import { PlanStepItem } from './PlanStepItem';
import type { CheckAnswered } from './StudyCard';
import type { StudyCards } from './useStudyCards';
import type { StepWindow } from './useStepWindow';

/** Steps above which the list lets the browser skip laying out what is off screen (see plan.css). */
const LONG_PLAN = 300;

/** The link of step `index` (0-based) in `list`. */
const stepLink = (list: HTMLOListElement | null, index: number) =>
  list?.querySelector<HTMLElement>(`li[data-step="${index + 1}"] > .step-main > a`) ?? null;

/**
 * The numbered steps of a plan, as many as `steps` shows. A long plan's list is disclosed in
 * batches ("Show the next 80 steps") rather than virtualised: every step shown is really in the
 * page, so find-in-page, tab order, screen readers' list navigation, a study card opening in place
 * (a step of any height) and printing what is shown all work as in a short plan, with no heights
 * to measure or focus to rescue from a row scrolled out of existence. "Next up" far down the plan
 * is a button away: it shows the batches up to it and moves focus (and so the view) to it.
 */
export function PlanStepList({
  plan,
  assumed,
  states,
  nextUp,
  cards,
  steps,
  onKnown,
  onCheckAnswered,
}: {
  readonly plan: Plan;
  readonly assumed: readonly ConceptId[];
  readonly states: ReadonlyMap<string, ProgressState>;
  /** The first ready step's id. */
  readonly nextUp: string | null;
  readonly cards: StudyCards;
  readonly steps: StepWindow;
  readonly onKnown: (step: PlanStep) => void;
  readonly onCheckAnswered?: CheckAnswered;
}) {
  const list = useRef<HTMLOListElement>(null);
  // The step to focus once a batch asked for is on the page.
  const focusNext = useRef<number | null>(null);
  useEffect(() => {
    if (focusNext.current === null) return;
    stepLink(list.current, focusNext.current)?.focus();
    focusNext.current = null;
  });

  const total = plan.steps.length;
  const { shown } = steps;
  const left = total - shown;
  const nextUpIndex = nextUp === null ? -1 : plan.steps.findIndex((s) => s.id === nextUp);
  const reveal = (index: number) => {
    focusNext.current = index;
    steps.showThrough(index);
  };

  function markKnown(step: PlanStep) {
    const index = plan.steps.findIndex((s) => s.id === step.id);
    onKnown(step);
    // The button goes away with its step; keep the keyboard near where it was.
    requestAnimationFrame(() => {
      const buttons = list.current?.querySelectorAll<HTMLButtonElement>('button[data-step-action]');
      const next = buttons?.[Math.min(index, buttons.length - 1)];
      (next ?? document.querySelector<HTMLElement>('main h1'))?.focus();
    });
  }

  return (
    <>
      <p className="muted">
        In order: each step comes after what it needs. {plural(plan.totals.readyNow, 'step is', 'steps are')} ready to start now.
        {left > 0 && ` Showing the first ${shown} of ${total} steps.`}
      </p>
      {nextUpIndex >= shown && (
        <p className="plan-jump screen-only">
          Next up is step {nextUpIndex + 1}, {plan.steps[nextUpIndex]!.title}.{' '}
          <button type="button" className="button button-small" onClick={() => reveal(nextUpIndex)}>
            Go to step {nextUpIndex + 1}
          </button>
        </p>
      )}
      <ol className={shown > LONG_PLAN ? 'plan-steps plan-steps-long' : 'plan-steps'} ref={list}>
        {plan.steps.slice(0, shown).map((step, i) => (
          <PlanStepItem
            key={step.id}
            plan={plan}
            assumed={assumed}
            step={step}
            number={i + 1}
            state={states.get(step.id) ?? null}
            nextUp={step.id === nextUp}
            open={cards.isOpen(step.id)}
            onToggle={cards.toggle}
            onKnown={markKnown}
            onCheckAnswered={onCheckAnswered}
          />
        ))}
      </ol>
      {left > 0 && (
        <p className="plan-more screen-only">
          <button type="button" className="button" onClick={() => reveal(shown)}>
            Show the next {plural(steps.next, 'step')} ({left} left)
          </button>
        </p>
      )}
    </>
  );
}
