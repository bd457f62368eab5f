import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { hrefFor } from '../../core/route';
import { useAppStore } from '../../store';
import { Icon } from '../common/Icon';
import { SearchResult } from './SearchResult';
import { useSearchIndex } from './useSearchIndex';

const LIMIT = 8;

/**
 * The search dialog (combobox + listbox pattern): type, move with the arrow keys, Enter opens
 * the concept, Escape closes and returns focus to where it was.
 */
export function SearchDialog() {
  const close = useAppStore((s) => s.closeSearch);
  const navigate = useAppStore((s) => s.navigate);
  const index = useSearchIndex();
  const failed = useAppStore((s) => s.searchFailed);
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const input = useRef<HTMLInputElement>(null);
  const ids = useId();
  const hits = useMemo(() => (index ? index.search(query, { limit: LIMIT }) : []), [index, query]);

  useEffect(() => {
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    input.current?.focus();
    return () => {
      if (opener?.isConnected) opener.focus();
    };
  }, []);

  // Keep the active option in view as the arrow keys move through a list taller than the dialog.
  useEffect(() => {
    document.getElementById(`${ids}-opt-${active}`)?.scrollIntoView?.({ block: 'nearest' });
  }, [active, ids]);

  function pick(i: number) {
    const hit = hits[i];
    if (!hit) return;
    close();
    navigate(hrefFor({ kind: 'concept', id: hit.id }));
  }

  function onKeyDown(event: KeyboardEvent) {
    if (event.key === 'Escape') close();
    else if (event.key === 'ArrowDown') setActive((a) => (hits.length ? (a + 1) % hits.length : 0));
    else if (event.key === 'ArrowUp') setActive((a) => (hits.length ? (a - 1 + hits.length) % hits.length : 0));
    else if (event.key === 'Home' && event.ctrlKey) setActive(0);
    else if (event.key === 'End' && event.ctrlKey) setActive(Math.max(0, hits.length - 1));
    else if (event.key === 'Enter') pick(active);
    else if (event.key === 'Tab') input.current?.focus();
    else return;
    event.preventDefault();
  }

  const listId = `${ids}-list`;
  const activeHit = hits[active];
  const status = !index
    ? failed
      ? 'Search could not load. Check your connection and try again.'
      : 'Loading search…'
    : !query.trim()
      ? 'Type to search titles, aliases and summaries.'
      : hits.length === 0
        ? `No concept matches “${query}”.`
        : `${hits.length} ${hits.length === 1 ? 'result' : 'results'}.`;
  return (
    <div className="dialog-backdrop" onMouseDown={(e) => e.target === e.currentTarget && close()}>
      <div role="dialog" aria-modal="true" aria-labelledby={`${ids}-title`} className="search-dialog" onKeyDown={onKeyDown}>
        <h2 id={`${ids}-title`} className="sr-only">
          Search concepts
        </h2>
        <div className="search-input-row">
          <Icon name="search" />
          <input
            ref={input}
            type="text"
            role="combobox"
            aria-label="Search concepts"
            aria-expanded={hits.length > 0}
            aria-controls={listId}
            aria-autocomplete="list"
            aria-activedescendant={activeHit ? `${ids}-opt-${active}` : undefined}
            autoComplete="off"
            spellCheck={false}
            placeholder="Search concepts"
            value={query}
            onChange={(e) => {
              setQuery(e.currentTarget.value);
              setActive(0);
            }}
          />
          <button type="button" className="icon-button" onClick={close} aria-label="Close search" tabIndex={-1}>
            <Icon name="close" />
          </button>
        </div>
        <ul id={listId} role="listbox" aria-label="Results" className="search-results" hidden={hits.length === 0}>
          {hits.map((hit, i) => (
            <SearchResult key={hit.id} hit={hit} id={`${ids}-opt-${i}`} active={i === active} onPick={() => pick(i)} />
          ))}
        </ul>
        <p className="search-status" role="status">
          {status}
        </p>
        <p className="search-help" aria-hidden="true">
          <kbd>↑</kbd> <kbd>↓</kbd> to move · <kbd>Enter</kbd> to open · <kbd>Esc</kbd> to close
        </p>
      </div>
    </div>
  );
}
