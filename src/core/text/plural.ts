/** A count with its noun: "1 step", "3 steps", or `many` for irregular plurals ("2 steps are"). */
export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}
