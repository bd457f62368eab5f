import { useAppStore } from '../../store';
import { plural } from '../../core/text';
import { useDocumentTitle } from '../common/useDocumentTitle';
import { AsideValues } from './AsideValues';
import { ProgressTransfer } from './ProgressTransfer';
import { ResetProgress } from './ResetProgress';
import { useAppHref } from '../common/useAppHref';

/** Your progress: what is stored, saved plans, export, import and reset. */
export function SettingsPage() {
  const progress = useAppStore((s) => s.progress);
  const removePlan = useAppStore((s) => s.removePlan);
  const appHref = useAppHref();
  useDocumentTitle('Your progress');
  const states = Object.values(progress.states);
  const known = states.filter((s) => s === 'known').length;
  return (
    <div className="page settings-page">
      <h1 tabIndex={-1}>Your progress</h1>
      <p className="lead">
        {plural(known, 'concept')} known, {states.length - known} learning, {plural(progress.plans.length, 'saved plan')}.
      </p>

      <section aria-labelledby="plans-heading">
        <h2 id="plans-heading">Saved plans</h2>
        {progress.plans.length === 0 ? (
          <p className="muted">No saved plans. Open a plan and choose “Save to my plans”.</p>
        ) : (
          <ul className="ref-list">
            {progress.plans.map((plan) => (
              <li key={plan.url} className="saved-plan">
                <a href={appHref(plan.url)}>{plan.title}</a>
                <button type="button" className="button button-small" onClick={() => removePlan(plan.url)}>
                  Remove<span className="sr-only"> {plan.title}</span>
                </button>
              </li>
            ))}
          </ul>
        )}
      </section>

      <ProgressTransfer />
      <ResetProgress />
      <AsideValues />
    </div>
  );
}
