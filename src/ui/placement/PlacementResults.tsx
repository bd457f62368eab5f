import { type FormEvent, useEffect, useRef, useState } from 'react';
import type { PlacementFinding } from '../../store';
import { useAppStore } from '../../store';
import { hrefFor } from '../../core/route';
import { plural } from '../../core/text';
import { confidenceWords } from './confidenceWords';
import type { ReadyPlacementView } from './PlacementPage';

/**
 * What the quiz concluded, as a form: every concept of the plan with a checkbox, ticked where it
 * thinks the concept known, with its confidence. Only what is ticked when the learner submits is
 * marked known; then the plan, shorter, is shown.
 */
export function PlacementResults({ view }: { readonly view: ReadyPlacementView }) {
  const accept = useAppStore((s) => s.acceptPlacement);
  const restart = useAppStore((s) => s.startPlacement);
  const navigate = useAppStore((s) => s.navigate);
  const [ticked, setTicked] = useState<ReadonlySet<string>>(() => new Set(view.known.map((f) => f.id)));
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);

  function toggle(id: string, on: boolean) {
    const next = new Set(ticked);
    if (on) next.add(id);
    else next.delete(id);
    setTicked(next);
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    // In plan order, whatever order they were ticked in.
    accept([...view.known, ...view.notYet].map((f) => f.id).filter((id) => ticked.has(id)));
    navigate(hrefFor({ kind: 'plan', url: view.planUrl }));
  }

  const settled = Math.round(100 * Math.max(0, view.settled));
  const how =
    view.endedBy === 'learner'
      ? `You stopped after ${plural(view.asked, 'question')}, with the plan ${settled}% settled.`
      : `It stopped after ${plural(view.asked, 'question')}, with the plan ${settled}% settled.`;
  const group = (legend: string, findings: readonly PlacementFinding[], known: boolean) =>
    findings.length > 0 && (
      <fieldset className="placement-group">
        <legend>
          {legend} <span className="muted">({findings.length})</span>
        </legend>
        <ul className="placement-findings">
          {findings.map((f) => (
            <li key={f.id}>
              <label>
                <input type="checkbox" checked={ticked.has(f.id)} onChange={(e) => toggle(f.id, e.target.checked)} /> {f.title}
              </label>
              <span className="placement-confidence muted">
                {confidenceWords(f.belief, known)}
                {f.answered === null ? '' : f.answered ? ' · you answered it right' : ' · you answered it wrongly'}
              </span>
            </li>
          ))}
        </ul>
      </fieldset>
    );

  return (
    <form className="placement-results" aria-labelledby="placement-results-heading" onSubmit={submit}>
      <h2 id="placement-results-heading" tabIndex={-1} ref={heading}>
        What it found
      </h2>
      <p>{how} Tick what you know and untick what you don’t: nothing is marked until you press the button below.</p>
      {group('Probably known', view.known, true)}
      {group('Probably not yet', view.notYet, false)}
      <div className="page-actions placement-submit">
        <button type="submit" className="button button-primary">
          {ticked.size > 0 ? `Mark ${ticked.size} as known` : 'Mark nothing and go back to the plan'}
        </button>
        <button type="button" className="button button-quiet" onClick={() => restart(view.planUrl)}>
          Start again
        </button>
      </div>
    </form>
  );
}
