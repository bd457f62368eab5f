import { plural } from '../../core/text';

const DAY_MS = 86_400_000;

/** How far `due` is from `now` (both ISO 8601), in whole days: "in 12 days", "tomorrow", "later today"; "now" once past. */
export function formatDueIn(due: string, now: string): string {
  const ms = Date.parse(due) - Date.parse(now);
  if (ms <= 0) return 'now';
  const days = Math.round(ms / DAY_MS);
  if (days === 0) return 'later today';
  if (days === 1) return 'tomorrow';
  return `in ${plural(days, 'day')}`;
}
