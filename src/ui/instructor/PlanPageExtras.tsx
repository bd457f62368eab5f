import { PrintSteps } from './PrintSteps';
import { SharePanel, type PlanShareProps } from './SharePanel';

/** What the plan page adds for sharing: the print version of its steps, and the share panel. */
export function PlanPageExtras({ plan, spec, title, url }: PlanShareProps) {
  return (
    <>
      <PrintSteps steps={plan.steps} />
      <SharePanel plan={plan} spec={spec} title={title} url={url} />
    </>
  );
}
