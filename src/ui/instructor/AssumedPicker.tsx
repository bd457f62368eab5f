import type { ConceptId } from '../../core/model';
import { useAppStore } from '../../store';

/** The concepts the class is assumed to know, each with a way back into the plan. */
export function AssumedPicker({ known, onRestore }: { readonly known: readonly ConceptId[]; readonly onRestore: (id: ConceptId) => void }) {
  const graph = useAppStore((s) => s.graph);
  if (known.length === 0) {
    return <p className="muted">None yet: tick “Assumed known” on a step the class already knows.</p>;
  }
  return (
    <ul className="assumed-picker">
      {known.map((id) => {
        const i = graph.index.get(id);
        const title = i === undefined ? id : (graph.concepts[i]?.title ?? id);
        return (
          <li key={id}>
            <label className="assume-toggle">
              <input type="checkbox" checked onChange={() => onRestore(id)} />
              {title}
            </label>
          </li>
        );
      })}
    </ul>
  );
}
