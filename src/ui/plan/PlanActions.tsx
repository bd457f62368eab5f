import { useAppStore } from '../../store';
import { CopyPlanLinks } from './CopyPlanLinks';

/** Save to (or remove from) my plans, and copy the plan's link, with or without what I know. */
export function PlanActions({ url, title }: { readonly url: string; readonly title: string }) {
  const saved = useAppStore((s) => s.progress.plans.some((p) => p.url === url));
  const savePlan = useAppStore((s) => s.savePlan);
  const removePlan = useAppStore((s) => s.removePlan);

  return (
    <div className="page-actions">
      {saved ? (
        <button type="button" className="button" onClick={() => removePlan(url)}>
          Remove from my plans
        </button>
      ) : (
        <button type="button" className="button button-primary" onClick={() => savePlan(url, title)}>
          Save to my plans
        </button>
      )}
      <span role="status" className="action-status">
        {saved ? 'Saved in your plans.' : ''}
      </span>
      <CopyPlanLinks url={url} />
    </div>
  );
}
