import type { AssumedConcept } from '../../store';
import { ConceptLink } from '../common/ConceptLink';
import { plural } from '../../core/text';
import { StateBadge } from '../common/StateBadge';

/** The concepts a shared plan assumes known, counted as known here without touching your progress. */
export function AssumedList({ assumed }: { readonly assumed: readonly AssumedConcept[] }) {
  return (
    <details className="assumed" open={assumed.length <= 8}>
      <summary>This plan assumes you know {plural(assumed.length, 'concept')}</summary>
      <p className="muted">They count as known in this plan only; your own progress is not changed.</p>
      <ul className="ref-list">
        {assumed.map((concept) => (
          <li key={concept.id}>
            <ConceptLink id={concept.id}>{concept.title}</ConceptLink>{' '}
            <StateBadge state={concept.yours === 'known' ? 'known' : 'assumed'} />
          </li>
        ))}
      </ul>
    </details>
  );
}
