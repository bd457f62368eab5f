import type { SearchHit } from '../../core/search';
import { useAppStore } from '../../store';
import { selectPlanSize } from '../../store';
import { selectStateOf } from '../../store';
import { plural } from '../../core/text';
import { StateBadge } from '../common/StateBadge';
import { TextWithMath } from '../common/TextWithMath';

/** One option of the search listbox: title, summary, your state, and its plan's size for you. */
export function SearchResult({
  hit,
  id,
  active,
  onPick,
}: {
  readonly hit: SearchHit;
  readonly id: string;
  readonly active: boolean;
  readonly onPick: () => void;
}) {
  const state = useAppStore((s) => selectStateOf(s, hit.id));
  const steps = useAppStore((s) => selectPlanSize(s, hit.id));
  return (
    <li id={id} role="option" aria-selected={active} className="search-option" onMouseDown={(e) => e.preventDefault()} onClick={onPick}>
      <span className="search-option-title">
        {hit.title} {state && <StateBadge state={state} />}
      </span>
      <span className="search-option-summary">
        <TextWithMath text={hit.summary} html={hit.summaryHtml} />
      </span>
      <span className="search-option-plan">{state === 'known' ? 'Known' : `Plan: ${plural(steps, 'step')}`}</span>
    </li>
  );
}
