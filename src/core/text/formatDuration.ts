/**
 * A duration as every part of the project writes it (pages, the `plan` command, exports):
 * "45 min" under an hour, else hours and minutes, "4 h 25 min", or "2 h" on the hour. Rounds to
 * the nearest whole minute and never further, so a plan's total is the exact sum of its steps
 * wherever it is shown. Negative and non-finite input reads as "0 min".
 */
export function formatDuration(minutes: number): string {
  const total = Number.isFinite(minutes) ? Math.max(0, Math.round(minutes)) : 0;
  if (total < 60) return `${total} min`;
  const hours = Math.floor(total / 60);
  const rest = total % 60;
  return rest === 0 ? `${hours} h` : `${hours} h ${rest} min`;
}
