import { useId, useMemo, useState, type KeyboardEvent } from 'react';
import type { ConceptId } from '../../core/model';
import { useSearchIndex } from '../search/useSearchIndex';
import { TextWithMath } from '../common/TextWithMath';

const LIMIT = 8;

/**
 * Adds target concepts by search (combobox + listbox): type, move with the arrow keys, Enter or
 * a click adds the concept; concepts already chosen are not offered again.
 */
export function TargetPicker({ chosen, onAdd }: { readonly chosen: readonly ConceptId[]; readonly onAdd: (id: ConceptId) => void }) {
  const index = useSearchIndex();
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const [added, setAdded] = useState('');
  const ids = useId();
  const hits = useMemo(
    () =>
      index && query.trim()
        ? index
            .search(query, { limit: LIMIT + chosen.length })
            .filter((h) => !chosen.includes(h.id))
            .slice(0, LIMIT)
        : [],
    [index, query, chosen],
  );

  function pick(i: number) {
    const hit = hits[i];
    if (!hit) return;
    onAdd(hit.id);
    setAdded(`Added ${hit.title}.`);
    setQuery('');
    setActive(0);
  }

  function onKeyDown(event: KeyboardEvent) {
    if (event.key === 'ArrowDown') setActive((a) => (hits.length ? (a + 1) % hits.length : 0));
    else if (event.key === 'ArrowUp') setActive((a) => (hits.length ? (a - 1 + hits.length) % hits.length : 0));
    else if (event.key === 'Enter') pick(active);
    else if (event.key === 'Escape' && query) setQuery('');
    else return;
    event.preventDefault();
  }

  const listId = `${ids}-list`;
  const status = !index
    ? 'Loading search…'
    : query.trim() && hits.length === 0
      ? `No concept matches “${query}”.`
      : query.trim()
        ? `${hits.length} ${hits.length === 1 ? 'match' : 'matches'}; Enter adds the highlighted one.`
        : added;
  return (
    <div className="target-picker">
      <label htmlFor={`${ids}-input`}>Add a target concept</label>
      <input
        id={`${ids}-input`}
        type="text"
        role="combobox"
        aria-expanded={hits.length > 0}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={hits[active] ? `${ids}-opt-${active}` : undefined}
        autoComplete="off"
        spellCheck={false}
        placeholder="Search concepts, e.g. backpropagation"
        value={query}
        onChange={(e) => {
          setQuery(e.currentTarget.value);
          setActive(0);
        }}
        onKeyDown={onKeyDown}
      />
      <ul id={listId} role="listbox" aria-label="Matching concepts" className="target-options" hidden={hits.length === 0}>
        {hits.map((hit, i) => (
          <li
            key={hit.id}
            id={`${ids}-opt-${i}`}
            role="option"
            aria-selected={i === active}
            className="target-option"
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => pick(i)}
          >
            <span className="target-option-title">{hit.title}</span>
            <span className="target-option-summary">
              <TextWithMath text={hit.summary} html={hit.summaryHtml} />
            </span>
          </li>
        ))}
      </ul>
      <p role="status" className="picker-status">
        {status}
      </p>
    </div>
  );
}
