import type { ConceptId } from '../../core/model';
import { hrefFor } from '../../core/route';
import type { Plan } from '../../core/planner';
import { formatDuration } from '../../core/text';
import { StateBadge } from '../common/StateBadge';
import { useAppHref } from '../common/useAppHref';

/**
 * The plan as it stands, numbered, with an "assumed known" box on each step that is not a
 * target: ticking one takes it, and whatever only it needed, out of the plan.
 */
export function BuilderSteps({ plan, onAssume }: { readonly plan: Plan; readonly onAssume: (id: ConceptId, title: string) => void }) {
  const appHref = useAppHref();
  if (plan.steps.length === 0) return <p className="done-note">Every concept of this plan is assumed known.</p>;
  return (
    <ol className="builder-steps">
      {plan.steps.map((step) => (
        <li key={step.id} className="builder-step">
          <span className="builder-step-title">
            <a href={appHref(hrefFor({ kind: 'concept', id: step.id }))} target="_blank" rel="noopener" className="link-internal">
              {step.title} <span className="sr-only">(opens in a new tab)</span>
            </a>{' '}
            {step.isTarget && <StateBadge state="target" />}
          </span>
          <span className="builder-step-minutes duration">{formatDuration(step.minutes)}</span>
          {!step.isTarget && (
            <label className="assume-toggle">
              <input
                type="checkbox"
                checked={false}
                aria-label={`Assumed known: ${step.title}`}
                onChange={() => onAssume(step.id, step.title)}
              />
              Assumed known
            </label>
          )}
        </li>
      ))}
    </ol>
  );
}
