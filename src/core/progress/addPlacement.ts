import type { PlacementRecord, Progress } from './Progress';

/** Keeps a placement quiz's record; the same quiz (time and plan URL) recorded twice is kept once. */
export function addPlacement(progress: Progress, record: PlacementRecord): Progress {
  if (progress.placements.some((p) => p.at === record.at && p.planUrl === record.planUrl)) return progress;
  return { ...progress, placements: [...progress.placements, record], updatedAt: record.at };
}
