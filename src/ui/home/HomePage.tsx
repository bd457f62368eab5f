import { useMemo } from 'react';
import { hrefFor } from '../../core/route';
import { useAppStore } from '../../store';
import { selectHomeView } from '../../store';
import { ConceptLink } from '../common/ConceptLink';
import { courseLength } from '../../core/export';
import { plural } from '../../core/text';
import { Icon } from '../common/Icon';
import { ProgressMeter } from '../common/ProgressMeter';
import { useConceptDetails } from '../common/useConceptDetails';
import { useDocumentTitle } from '../common/useDocumentTitle';
import { useAppHref } from '../common/useAppHref';
import { ContinueSection } from './ContinueSection';
import { TextWithMath } from '../common/TextWithMath';
import { RoadmapPlacementLink } from '../placement/RoadmapPlacementLink';

/** The front door: roadmaps, search, what you were doing, what you can learn next. */
export function HomePage() {
  const view = useAppStore(selectHomeView);
  const site = useAppStore((s) => s.index.site);
  const courses = useAppStore((s) => s.index.courses);
  const openSearch = useAppStore((s) => s.openSearch);
  const appHref = useAppHref();
  useDocumentTitle(null);
  // Their summaries come with each concept's data file.
  useConceptDetails(useMemo(() => view.next.map((c) => c.id), [view.next]));
  return (
    <div className="page home-page">
      <section className="hero">
        <h1 tabIndex={-1}>{site.title}</h1>
        <p className="lead">{site.description}</p>
        <button type="button" className="search-field" onClick={openSearch} aria-keyshortcuts="/ Control+K">
          <Icon name="search" />
          <span>Search concepts</span>
          <kbd aria-hidden="true">/</kbd>
        </button>
      </section>

      <ContinueSection learning={view.learning} />

      <section aria-labelledby="roadmaps-heading">
        <h2 id="roadmaps-heading">Roadmaps</h2>
        <ul className="card-grid">
          {view.roadmaps.map(({ roadmap, known, learning, total }) => (
            <li key={roadmap.id} className="card">
              <h3>
                <a href={appHref(hrefFor({ kind: 'roadmap', id: roadmap.id }))}>{roadmap.title}</a>
              </h3>
              <p>{roadmap.summary}</p>
              <ProgressMeter known={known} learning={learning} total={total} />
              {roadmap.id === site.featuredRoadmap && <RoadmapPlacementLink id={roadmap.id} />}
            </li>
          ))}
        </ul>
      </section>

      {courses.length > 0 && (
        <section aria-labelledby="courses-heading">
          <h2 id="courses-heading">Courses</h2>
          <ul className="card-grid">
            {courses.map((course) => (
              <li key={course.id} className="card">
                <h3>
                  <a href={appHref(hrefFor({ kind: 'course', id: course.id }))}>{course.title}</a>
                </h3>
                <p>{course.summary}</p>
                <p className="muted">{courseLength(course)}</p>
              </li>
            ))}
          </ul>
        </section>
      )}

      <section aria-labelledby="next-heading">
        <h2 id="next-heading">Ready to learn next</h2>
        <p className="muted">
          {view.knownCount === 0
            ? 'Concepts with no prerequisites: good places to start.'
            : `Everything these need, you know (${plural(view.knownCount, 'concept')} known).`}
        </p>
        <ul className="next-list">
          {view.next.map((concept) => (
            <li key={concept.id}>
              <ConceptLink id={concept.id} preview={false}>
                {concept.title}
              </ConceptLink>
              {concept.summary !== undefined && (
                <span className="ref-reason">
                  <TextWithMath text={concept.summary} html={concept.summaryHtml} />
                </span>
              )}
              {concept.unlocks > 0 && <span className="unlocks">Unlocks {plural(concept.unlocks, 'concept')}</span>}
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
