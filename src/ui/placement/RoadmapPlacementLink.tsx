import { hrefFor } from '../../core/route';
import { selectRoadmapView, useAppStore } from '../../store';
import { useAppHref } from '../common/useAppHref';

/** "Check what you already know" for a roadmap's whole plan; nothing when it has no steps left. */
export function RoadmapPlacementLink({ id }: { readonly id: string }) {
  const planHref = useAppStore((s) => {
    const view = selectRoadmapView(s, id);
    return view && view.planSteps > 0 ? view.planHref : null;
  });
  const appHref = useAppHref();
  if (!planHref) return null;
  return (
    <a className="button placement-entry" href={appHref(hrefFor({ kind: 'placement', url: planHref }))}>
      Check what you already know
    </a>
  );
}
