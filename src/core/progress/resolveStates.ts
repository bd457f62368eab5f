import type { ProgressState } from './Progress';

/**
 * Follows aliases: maps each stored key to the current id `resolve` gives for it (keys it cannot
 * resolve stay as they are). A state stored under the current id wins over one stored under an
 * alias of it.
 */
export function resolveStates(
  states: Readonly<Record<string, ProgressState>>,
  resolve: (key: string) => string | undefined,
): ReadonlyMap<string, ProgressState> {
  const resolved = new Map<string, ProgressState>();
  const direct: [string, ProgressState][] = [];
  for (const [key, state] of Object.entries(states)) {
    const id = resolve(key) ?? key;
    if (id === key) direct.push([key, state]);
    else if (!resolved.has(id)) resolved.set(id, state);
  }
  for (const [key, state] of direct) resolved.set(key, state);
  return resolved;
}
