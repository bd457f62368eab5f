/** A plan's length for a header: "45 min", "6.8 hours (410 min)", "1 hour (60 min)". */
export function formatHours(minutes: number, hours: number): string {
  if (minutes < 60) return `${minutes} min`;
  return `${hours} ${hours === 1 ? 'hour' : 'hours'} (${minutes} min)`;
}
