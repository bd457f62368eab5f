import type { Progress, SavedPlan } from './Progress';

/** Adds a plan to the saved ones, or renames it when its URL is already saved. */
export function savePlan(progress: Progress, plan: SavedPlan): Progress {
  const existing = progress.plans.findIndex((p) => p.url === plan.url);
  // A rename takes the new time too, so that it wins a merge with another tab's older title.
  const plans = existing === -1 ? [...progress.plans, plan] : progress.plans.map((p, i) => (i === existing ? plan : p));
  const { [plan.url]: _removed, ...removedPlans } = progress.removedPlans;
  return { ...progress, plans, removedPlans, updatedAt: plan.savedAt };
}

/** Removes the saved plan with this URL (no change if none), remembering when. */
export function removePlan(progress: Progress, url: string, now: string): Progress {
  if (!progress.plans.some((p) => p.url === url)) return progress;
  return {
    ...progress,
    plans: progress.plans.filter((p) => p.url !== url),
    removedPlans: { ...progress.removedPlans, [url]: now },
    updatedAt: now,
  };
}
