import { useId, useState } from 'react';
import type { ConceptId } from '../../core/model';
import type { Plan } from '../../core/planner';
import { PlanGraphSlot } from './PlanGraphSlot';

/**
 * The plan's graph on a narrow screen: behind a button, so the steps come first and the graph is
 * one tap away. Its code loads only when asked for.
 */
export function PlanGraphToggle({ plan, assumed }: { readonly plan: Plan; readonly assumed: readonly ConceptId[] }) {
  const [open, setOpen] = useState(false);
  const panel = useId();
  if (plan.steps.length === 0) return null;
  return (
    <div className="plan-graph-toggle screen-only">
      <button type="button" className="button button-small" aria-expanded={open} aria-controls={panel} onClick={() => setOpen(!open)}>
        {open ? 'Hide the graph' : 'Show the graph'}
      </button>
      <div id={panel} hidden={!open}>
        {open && <PlanGraphSlot plan={plan} assumed={assumed} />}
      </div>
    </div>
  );
}
