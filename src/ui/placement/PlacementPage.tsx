import { hrefFor } from '../../core/route';
import { selectPlacementView, useAppStore, type PlacementView } from '../../store';
import { BrokenPlanLink } from '../plan/BrokenPlanLink';
import { useAppHref } from '../common/useAppHref';
import { useDocumentTitle } from '../common/useDocumentTitle';
import { PlacementQuestionPanel } from './PlacementQuestionPanel';
import { PlacementResults } from './PlacementResults';
import { PlacementStart } from './PlacementStart';

/** The quiz page's view once its plan link has worked. */
export type ReadyPlacementView = Extract<PlacementView, { readonly ok: true }>;

/**
 * "Check what you already know" for one plan: the start (how much of the plan it can assess),
 * one question at a time, then what it concluded, which the learner accepts or changes before
 * anything is marked.
 */
export function PlacementPage({ url }: { readonly url: string }) {
  const view = useAppStore((s) => selectPlacementView(s, url));
  const appHref = useAppHref();
  useDocumentTitle(view.ok ? `Check what you know: ${view.title}` : 'This plan link does not work');

  if (!view.ok) {
    return (
      <BrokenPlanLink message={view.message}>
        <p>
          <a href={appHref('/')}>Go to the home page</a> and open a plan from there.
        </p>
      </BrokenPlanLink>
    );
  }

  return (
    <article className="page placement-page">
      <header className="page-header">
        <p className="eyebrow">Check what you already know</p>
        <h1 tabIndex={-1}>{view.title}</h1>
        <p>
          <a href={appHref(hrefFor({ kind: 'plan', url: view.planUrl }))}>Back to the plan</a>
        </p>
      </header>
      {view.stage === 'start' && <PlacementStart view={view} />}
      {view.stage === 'question' && <PlacementQuestionPanel view={view} />}
      {view.stage === 'results' && <PlacementResults key={view.asked} view={view} />}
    </article>
  );
}
