import { useEffect } from 'react';
import type { ConceptRef } from '../../store';
import { useAppStore } from '../../store';
import { selectContinue, selectDueCount } from '../../store';
import { ConceptLink } from '../common/ConceptLink';
import { plural } from '../../core/text';
import { useAppHref } from '../common/useAppHref';
import { ContinuePlanCard } from './ContinuePlanCard';

/**
 * "Continue": the plans the learner opened lately or saved, each with its progress and next step,
 * the concepts under way, and how many concepts are due for review. Nothing to continue shows
 * nothing, so a learner who only reads is never nagged.
 */
export function ContinueSection({ learning }: { readonly learning: readonly ConceptRef[] }) {
  const plans = useAppStore(selectContinue);
  const dueCount = useAppStore(selectDueCount);
  const tick = useAppStore((s) => s.tick);
  const appHref = useAppHref();
  // What is due is counted at the store's clock: bring it to now, as the page opens.
  useEffect(() => tick(), [tick]);
  if (plans.length === 0 && learning.length === 0 && dueCount <= 0) return null;
  return (
    <section aria-labelledby="continue-heading" className="continue">
      <h2 id="continue-heading">Continue</h2>
      {dueCount > 0 && (
        <p className="continue-due">
          <a href={appHref('/review')}>{plural(dueCount, 'concept')} due for review</a>
        </p>
      )}
      {plans.length > 0 && (
        <ul className="card-grid continue-plans" aria-label="Plans">
          {plans.map((plan) => (
            <ContinuePlanCard key={plan.url} plan={plan} />
          ))}
        </ul>
      )}
      {learning.length > 0 && (
        <>
          <h3 id="learning-heading" className="continue-learning">
            Learning
          </h3>
          <ul className="ref-list" aria-labelledby="learning-heading">
            {learning.map((concept) => (
              <li key={concept.id}>
                <ConceptLink id={concept.id}>{concept.title}</ConceptLink>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
