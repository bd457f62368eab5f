import { useAppStore } from '../../store';
import { selectConceptView } from '../../store';
import { RenderedBody } from '../body/RenderedBody';
import { formatDuration, plural } from '../../core/text';
import { Icon } from '../common/Icon';
import { PlanButton } from '../common/PlanButton';
import { StateBadge } from '../common/StateBadge';
import { useDocumentTitle } from '../common/useDocumentTitle';
import { CONCEPT_SECTIONS } from '../../core/route';
import { ConceptContents } from './ConceptContents';
import { ConceptGraphSlot } from './ConceptGraphSlot';
import { ConceptRefList } from './ConceptRefList';
import { GoalList } from './GoalList';
import { ResourceList } from './ResourceList';
import { StateControl } from './StateControl';
import { NotFoundPage } from '../app/NotFoundPage';
import { ConceptSummary } from '../common/TextWithMath';
import { useConceptDetail } from '../common/useConceptDetail';
import { ConceptPending } from './ConceptPending';

/** One concept: what it is, what it needs, how to learn it, what it unlocks, and your state. */
export function ConceptPage({ id }: { readonly id: string }) {
  const view = useAppStore((s) => selectConceptView(s, id));
  // A page opened from a link (not prerendered) fetches its concept's data file.
  useConceptDetail(id);
  const failure = useAppStore((s) => {
    const entry = s.details[s.graph.ids[s.graph.index.get(id) ?? -1] ?? id];
    return entry?.status === 'error' ? entry.message : null;
  });
  const retry = useAppStore((s) => s.loadConcept);
  useDocumentTitle(view === undefined ? undefined : (view?.concept.title ?? 'No such concept'), view?.concept.summary);
  if (view === undefined) return <ConceptPending message={failure} onRetry={() => retry(id)} />;
  if (!view) return <NotFoundPage path={`/concepts/${id}`} missing={{ kind: 'concept', id }} />;
  const { concept } = view;
  return (
    <article className="page concept-page with-contents">
      <header className="page-header">
        <p className="eyebrow">Concept · {formatDuration(concept.estimate)}</p>
        <h1 tabIndex={-1}>
          {concept.title} {view.state && <StateBadge state={view.state} />}
        </h1>
        <p className="lead">
          <ConceptSummary concept={concept} />
        </p>
        <div className="page-actions">
          <StateControl id={concept.id} state={view.state} title={concept.title} />
          {view.state !== 'known' && (
            <PlanButton href={view.planHref} steps={view.planSteps} minutes={view.planMinutes}>
              Get a learning plan
            </PlanButton>
          )}
        </div>
      </header>
      <ConceptContents view={view} />
      <div className="concept-sections">
        {concept.goals.length > 0 && (
          <section aria-labelledby={CONCEPT_SECTIONS.goals.id}>
            <h2 id={CONCEPT_SECTIONS.goals.id}>{CONCEPT_SECTIONS.goals.text}</h2>
            <GoalList concept={concept} />
          </section>
        )}

        <section aria-labelledby={CONCEPT_SECTIONS.prerequisites.id}>
          <h2 id={CONCEPT_SECTIONS.prerequisites.id}>{CONCEPT_SECTIONS.prerequisites.text}</h2>
          {view.prerequisites.length > 0 ? (
            <ConceptRefList items={view.prerequisites} />
          ) : (
            <p className="muted">None: you can start here.</p>
          )}
        </section>

        <section aria-label="Notes" className="concept-body">
          <RenderedBody bodyKey={`concepts/${concept.id}`} label="the notes" />
        </section>

        {view.coreResources.length + view.supplementaryResources.length > 0 && (
          <section aria-labelledby={CONCEPT_SECTIONS.resources.id}>
            <h2 id={CONCEPT_SECTIONS.resources.id}>{CONCEPT_SECTIONS.resources.text}</h2>
            {view.coreResources.length > 0 && <ResourceList resources={view.coreResources} />}
            {view.supplementaryResources.length > 0 && (
              <>
                <h3>Supplementary</h3>
                <ResourceList resources={view.supplementaryResources} />
              </>
            )}
          </section>
        )}

        <section aria-labelledby={CONCEPT_SECTIONS.unlocks.id}>
          <h2 id={CONCEPT_SECTIONS.unlocks.id}>{CONCEPT_SECTIONS.unlocks.text}</h2>
          {view.unlocks.length > 0 ? (
            <>
              <ConceptRefList items={view.unlocks} />
              {view.unlocksInAll > view.unlocks.length && (
                <p className="muted">In all, {plural(view.unlocksInAll, 'concept')} on this site build on it.</p>
              )}
            </>
          ) : (
            <p className="muted">No concept on this site needs it yet.</p>
          )}
        </section>

        <ConceptGraphSlot id={concept.id} />

        {view.editHref && (
          <p className="edit-link">
            <a className="link-external" href={view.editHref} rel="noopener noreferrer">
              <Icon name="edit" /> Edit this page<span className="sr-only"> (external site)</span>
            </a>
          </p>
        )}
      </div>
    </article>
  );
}
