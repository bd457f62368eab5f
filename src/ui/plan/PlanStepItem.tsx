import type { Plan, PlanStep } from '../../core/planner';
import type { ProgressState } from '../../core/progress';
import { ConceptLink } from '../common/ConceptLink';
import { formatMinutes } from '../common/formatMinutes';
import { StateBadge } from '../common/StateBadge';
import { WhyHere } from './WhyHere';

/** One numbered step: the concept, its estimate and badges, why it is here, and "mark known". */
export function PlanStepItem({
  plan,
  step,
  number,
  state,
  onKnown,
}: {
  readonly plan: Plan;
  readonly step: PlanStep;
  /** Its place in the plan, shown beside it (the list numbers it for screen readers too). */
  readonly number: number;
  readonly state: ProgressState | null;
  readonly onKnown: (step: PlanStep) => void;
}) {
  return (
    <li className="plan-step" data-step={number} data-ready={step.ready || undefined}>
      <div className="step-main">
        <ConceptLink id={step.id}>{step.title}</ConceptLink>
        <div className="step-meta">
          <span className="duration">{formatMinutes(step.minutes)}</span>
          {step.ready && <StateBadge state="ready" />}
          {state === 'learning' && <StateBadge state="learning" />}
          {step.isTarget && <StateBadge state="target" />}
        </div>
        <WhyHere plan={plan} id={step.id} title={step.title} />
      </div>
      <button type="button" className="button button-small" data-step-action={step.id} onClick={() => onKnown(step)}>
        Mark known<span className="sr-only">: {step.title}</span>
      </button>
    </li>
  );
}
