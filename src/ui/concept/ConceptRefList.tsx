import type { ConceptRef } from '../../store';
import { ConceptLink } from '../common/ConceptLink';
import { TextWithMath } from '../common/TextWithMath';

/** Concepts as red links, each with the author's reason when there is one. */
export function ConceptRefList({ items }: { readonly items: readonly ConceptRef[] }) {
  return (
    <ul className="ref-list">
      {items.map((item) => (
        <li key={item.id}>
          <ConceptLink id={item.id}>{item.title}</ConceptLink>
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
