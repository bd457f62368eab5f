/** A duration for people: "45 min", "1 h 30 min", "12 h". */
export function formatMinutes(minutes: number): string {
  const total = Math.max(0, Math.round(minutes));
  if (total < 60) return `${total} min`;
  const hours = Math.floor(total / 60);
  const rest = total % 60;
  if (hours >= 10 || rest === 0) return `${Math.round(total / 60)} h`;
  return `${hours} h ${rest} min`;
}

export { plural } from '../../core/text';
