import { useId, useState } from 'react';
import type { ConceptId } from '../../core/model';
import type { Plan } from '../../core/planner';
import { plural } from '../../core/text';
import { PlanGraphSlot } from './PlanGraphSlot';

/**
 * The plan's graph behind a button: on a narrow screen, so the steps come first and the graph is
 * one tap away; and on any screen for a plan too large to draw unasked, where the button says how
 * large (`counted`). Its code loads, and its layout runs, only when asked for.
 */
export function PlanGraphToggle({
  plan,
  assumed,
  counted = false,
}: {
  readonly plan: Plan;
  readonly assumed: readonly ConceptId[];
  readonly counted?: boolean;
}) {
  const [open, setOpen] = useState(false);
  const panel = useId();
  if (plan.steps.length === 0) return null;
  return (
    <div className="plan-graph-toggle screen-only">
      <button type="button" className="button button-small" aria-expanded={open} aria-controls={panel} onClick={() => setOpen(!open)}>
        {open ? 'Hide the graph' : counted ? `Show the graph (${plural(plan.steps.length, 'concept')})` : 'Show the graph'}
      </button>
      <div id={panel} hidden={!open}>
        {open && <PlanGraphSlot plan={plan} assumed={assumed} />}
      </div>
    </div>
  );
}
