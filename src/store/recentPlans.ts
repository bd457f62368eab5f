import type { ConceptGraph } from '../core/graph';
import { decodePlanUrl, encodePlanUrl } from '../core/planner';
import type { Route } from '../core/route';

/**
 * Where the plans the learner opened last are kept (for a site at the root). Not part of the
 * progress schema: losing the list loses nothing but a shortcut, so it is neither exported nor
 * merged entry by entry.
 */
export const RECENT_PLANS_KEY = 'roadmaps.recentPlans';
/** How many opened plans the home page remembers. */
export const RECENT_PLANS_MAX = 5;

/** The key for a site served under `base` (empty at the root), kept apart as progress is. */
export function recentPlansKey(base: string): string {
  return base === '' ? RECENT_PLANS_KEY : `${RECENT_PLANS_KEY}@${base}`;
}

/** The stored list, newest first; anything unreadable counts as no list. */
export function readRecentPlans(storage: Storage | null, base: string): readonly string[] {
  let raw: string | null | undefined;
  try {
    raw = storage?.getItem(recentPlansKey(base));
  } catch {
    return [];
  }
  if (!raw) return [];
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return [];
  }
  if (!Array.isArray(value)) return [];
  const urls = value.filter((url): url is string => typeof url === 'string' && url.startsWith('/plan/'));
  return [...new Set(urls)].slice(0, RECENT_PLANS_MAX);
}

/**
 * The list after opening `route`: a plan page that works moves its canonical URL to the front
 * (so one plan reached by two spellings is listed once); any other page leaves `current` as it
 * is. The stored list is re-read first, so plans opened in another tab are kept, as are this tab's
 * when storage refused to hold them; the result is written back where storage allows.
 */
export function rememberPlanVisit(
  route: Route,
  graph: ConceptGraph,
  storage: Storage | null,
  base: string,
  current: readonly string[],
): readonly string[] {
  if (route.kind !== 'plan') return current;
  const decoded = decodePlanUrl(route.url, graph);
  if (!decoded.ok) return current;
  const url = encodePlanUrl(decoded.spec);
  const next = [...new Set([url, ...readRecentPlans(storage, base), ...current])].slice(0, RECENT_PLANS_MAX);
  try {
    storage?.setItem(recentPlansKey(base), JSON.stringify(next));
  } catch {
    // Full or refused: the list still holds for this visit.
  }
  return next.length === current.length && next.every((u, i) => u === current[i]) ? current : next;
}
