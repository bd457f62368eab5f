import type { ConceptId } from '../../core/model';
import type { Plan, PlanStep } from '../../core/planner';
import type { ProgressState } from '../../core/progress';
import { ConceptLink } from '../common/ConceptLink';
import { formatDuration } from '../../core/text';
import { StateBadge } from '../common/StateBadge';
import { ReviewBadge } from '../review/ReviewBadge';
import { type CheckAnswered, StudyCard } from './StudyCard';
import { WhyHere } from './WhyHere';

/** One numbered step: the concept, its estimate and badges, why it is here, its study card, and "mark known". */
export function PlanStepItem({
  plan,
  assumed,
  step,
  number,
  state,
  nextUp,
  open,
  onToggle,
  onKnown,
  onCheckAnswered,
}: {
  readonly plan: Plan;
  /** The concepts the plan assumes known. */
  readonly assumed: readonly ConceptId[];
  readonly step: PlanStep;
  /** Its place in the plan, shown beside it (the list numbers it for screen readers too). */
  readonly number: number;
  readonly state: ProgressState | null;
  /** The first ready step: labelled "Next up". */
  readonly nextUp: boolean;
  /** Whether its study card is open. */
  readonly open: boolean;
  readonly onToggle: (id: string) => void;
  readonly onKnown: (step: PlanStep) => void;
  readonly onCheckAnswered?: CheckAnswered;
}) {
  return (
    <li className="plan-step" data-step={number} data-ready={step.ready || undefined} data-next-up={nextUp || undefined}>
      <div className="step-main">
        {nextUp && <p className="next-up-label">Next up</p>}
        <ConceptLink id={step.id}>{step.title}</ConceptLink>
        <div className="step-meta">
          <span className="duration">{formatDuration(step.minutes)}</span>
          {step.ready && <StateBadge state="ready" />}
          {state === 'learning' && <StateBadge state="learning" />}
          <ReviewBadge id={step.id} />
          {step.isTarget && <StateBadge state="target" />}
        </div>
        <WhyHere plan={plan} id={step.id} title={step.title} />
        <StudyCard
          plan={plan}
          assumed={assumed}
          id={step.id}
          title={step.title}
          open={open}
          onToggle={() => onToggle(step.id)}
          onCheckAnswered={onCheckAnswered}
        />
      </div>
      <button type="button" className="button button-small" data-step-action={step.id} onClick={() => onKnown(step)}>
        Mark known<span className="sr-only">: {step.title}</span>
      </button>
    </li>
  );
}
