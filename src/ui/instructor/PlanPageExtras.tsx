import type { Plan, PlanSpec } from '../../core/planner';
import { PrintSteps } from './PrintSteps';
import { SharePanel } from './SharePanel';

/** What the plan page adds for sharing: the print version of its steps, and the share panel. */
export function PlanPageExtras({
  plan,
  spec,
  title,
  url,
}: {
  readonly plan: Plan;
  readonly spec: PlanSpec;
  readonly title: string;
  readonly url: string;
}) {
  return (
    <>
      <PrintSteps steps={plan.steps} />
      <SharePanel plan={plan} spec={spec} title={title} url={url} />
    </>
  );
}
