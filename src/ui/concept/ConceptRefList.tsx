import type { ReactNode } from 'react';
import type { ConceptRef } from '../../store';
import { ConceptLink } from '../common/ConceptLink';
import { TextWithMath } from '../common/TextWithMath';

/**
 * Concepts as red links, each with the author's reason when there is one; `after` adds something
 * after a link (a study card's "Assumed" badge or step number).
 */
export function ConceptRefList<T extends Pick<ConceptRef, 'id' | 'title' | 'reason' | 'reasonHtml'>>({
  items,
  after,
}: {
  readonly items: readonly T[];
  readonly after?: (item: T) => ReactNode;
}) {
  return (
    <ul className="ref-list">
      {items.map((item) => (
        <li key={item.id}>
          <ConceptLink id={item.id}>{item.title}</ConceptLink>
          {after?.(item)}
          {item.reason && (
            <span className="ref-reason">
              <TextWithMath text={item.reason} html={item.reasonHtml} />
            </span>
          )}
        </li>
      ))}
    </ul>
  );
}
