import { useId } from 'react';
import type { ContinuePlan } from '../../store';
import { ConceptLink } from '../common/ConceptLink';
import { formatDuration } from '../../core/text';
import { useAppHref } from '../common/useAppHref';
import { PlanProgressBar } from './PlanProgressBar';

/** One plan to continue: its title (the link that opens it), its progress and its next step. */
export function ContinuePlanCard({ plan }: { readonly plan: ContinuePlan }) {
  const headingId = useId();
  const appHref = useAppHref();
  const { progress, next } = plan;
  return (
    <li className="continue-plan">
      <div role="group" aria-labelledby={headingId}>
        <h3 id={headingId}>
          <a href={appHref(plan.url)}>{plan.title}</a>
        </h3>
        <p className="continue-kind">{plan.saved ? 'Saved plan' : 'Opened recently'}</p>
        {progress === null ? (
          <p className="continue-next">This plan link no longer works with the current content; open it to see why.</p>
        ) : (
          <>
            {progress.total > 0 && (
              <PlanProgressBar
                label={`Progress through ${plan.title}`}
                known={progress.known}
                learning={progress.learning}
                total={progress.total}
              />
            )}
            {next ? (
              <p className="continue-next">
                Next step: <ConceptLink id={next.id}>{next.title}</ConceptLink>{' '}
                <span className="duration">{formatDuration(next.minutes)}</span>
              </p>
            ) : (
              <p className="continue-next">Nothing left to learn: you know everything this plan covers.</p>
            )}
          </>
        )}
      </div>
    </li>
  );
}
