import { useAppStore } from '../../store';
import { plural } from '../../core/text';
import type { ReadyPlacementView } from './PlacementPage';

/** What the quiz does, how much of the plan it can assess, and the button that starts it. */
export function PlacementStart({ view }: { readonly view: ReadyPlacementView }) {
  const start = useAppStore((s) => s.startPlacement);
  const otherRunning = useAppStore((s) => s.placementSession !== null && s.placementSession.planUrl !== view.planUrl);

  if (view.total === 0) return <p className="done-note">Nothing to check: you know everything this plan covers.</p>;
  if (view.askable === 0) {
    return (
      <p className="lead">
        None of this plan’s {plural(view.total, 'concept')} has a multiple-choice question yet, so there is nothing to ask.
      </p>
    );
  }
  return (
    <section className="placement-start" aria-label="About the check">
      <p className="lead">
        Questions, one at a time, each chosen so that its answer tells the most about the rest of the plan. Stop whenever you like; it stops
        by itself when it is fairly sure. Then it shows what it concluded, and nothing is marked known until you say so.
      </p>
      <p>
        {view.askable === view.total
          ? `It can ask about all ${plural(view.total, 'concept')} of this plan.`
          : `It can ask about ${view.askable} of the ${plural(view.total, 'concept')} of this plan; it places the others from what they rest on and what rests on them.`}
      </p>
      {otherRunning && <p className="muted">Starting replaces the check you began on another plan.</p>}
      <div className="page-actions">
        <button type="button" className="button button-primary" onClick={() => start(view.planUrl)}>
          Start
        </button>
      </div>
    </section>
  );
}
