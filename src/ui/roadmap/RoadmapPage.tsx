import { useAppStore } from '../../store';
import { selectRoadmapView } from '../../store';
import { BodyContents } from '../body/OnThisPage';
import { RenderedBody } from '../body/RenderedBody';
import { PlanButton } from '../common/PlanButton';
import { ProgressMeter } from '../common/ProgressMeter';
import { useDocumentTitle } from '../common/useDocumentTitle';
import { NotFoundPage } from '../app/NotFoundPage';

/** A roadmap: the author's guided tour, with your progress through it and its plan. */
export function RoadmapPage({ id }: { readonly id: string }) {
  const view = useAppStore((s) => selectRoadmapView(s, id));
  useDocumentTitle(view?.roadmap.title ?? 'No such roadmap', view?.roadmap.summary);
  if (!view) return <NotFoundPage path={`/roadmaps/${id}`} missing={{ kind: 'roadmap', id }} />;
  const { roadmap } = view;
  const byline = [roadmap.author && `By ${roadmap.author}`, roadmap.audience && `For ${roadmap.audience}`].filter(Boolean).join(' · ');
  return (
    <article className="page roadmap-page with-contents">
      <header className="page-header">
        <p className="eyebrow">Roadmap{byline ? ` · ${byline}` : ''}</p>
        <h1 tabIndex={-1}>{roadmap.title}</h1>
        <p className="lead">{roadmap.summary}</p>
        <ProgressMeter known={view.known} learning={view.learning} total={view.total} />
        <div className="page-actions">
          {view.planSteps > 0 ? (
            <PlanButton href={view.planHref} steps={view.planSteps} minutes={view.planMinutes}>
              Plan for this roadmap
            </PlanButton>
          ) : (
            <p className="done-note">You know every concept this roadmap links to.</p>
          )}
        </div>
      </header>
      <BodyContents bodyKey={`roadmaps/${roadmap.id}`} />
      <section aria-label="Roadmap" className="contents-body">
        <RenderedBody bodyKey={`roadmaps/${roadmap.id}`} label="the roadmap" />
      </section>
    </article>
  );
}
