import { hrefFor } from '../../core/route';
import { selectPlanView, useAppStore } from '../../store';
import { useAppHref } from '../common/useAppHref';

/** "Check what you already know" for the plan at `planUrl`; nothing when the plan has no steps left. */
export function PlacementLink({ planUrl }: { readonly planUrl: string }) {
  const steps = useAppStore((s) => {
    const view = selectPlanView(s, planUrl);
    return view.ok ? view.plan.steps.length : 0;
  });
  const appHref = useAppHref();
  if (steps === 0) return null;
  return (
    <a className="button" href={appHref(hrefFor({ kind: 'placement', url: planUrl }))}>
      Check what you already know
    </a>
  );
}
