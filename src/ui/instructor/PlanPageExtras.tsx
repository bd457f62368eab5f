import { PrintSteps } from './PrintSteps';
import { SharePanel, type PlanShareProps } from './SharePanel';

/**
 * What the plan page adds for sharing: the print version of its steps (the `printed` first ones,
 * those shown on screen), and the share panel.
 */
export function PlanPageExtras({ plan, spec, title, url, printed }: PlanShareProps & { readonly printed?: number }) {
  return (
    <>
      <PrintSteps steps={plan.steps} printed={printed} />
      <SharePanel plan={plan} spec={spec} title={title} url={url} />
    </>
  );
}
