import type { ConceptGraph } from '../graph';
import type { ConceptId } from '../model';
import type { PlanError } from './Plan';
import { suggestIds } from './suggestIds';

/** Targets as concept indices (aliases followed, repeats dropped), or the error naming the unknown ones. */
export type ResolvedTargets =
  { readonly ok: true; readonly indices: readonly number[] } | { readonly ok: false; readonly error: PlanError };

const code = (id: string): string => `\`${id}\``;

/** Joins `a`, `b` and `c` with commas and a final word ("and", "or"). */
export function listInWords(items: readonly string[], last: 'and' | 'or'): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${last} ${items[items.length - 1]}`;
}

/** Resolves target ids or aliases; every unknown one is named in the error, with close ids. */
export function resolveTargets(graph: ConceptGraph, targets: readonly string[]): ResolvedTargets {
  const indices: number[] = [];
  const unknown: string[] = [];
  for (const target of targets) {
    const i = graph.index.get(target);
    if (i === undefined) {
      if (!unknown.includes(target)) unknown.push(target);
    } else if (!indices.includes(i)) indices.push(i);
  }
  if (unknown.length === 0) return { ok: true, indices };
  return { ok: false, error: unknownTargetError(graph.ids, unknown) };
}

/** The error for target ids that name no concept: "Unknown concept `x`: did you mean `y`?" */
export function unknownTargetError(ids: readonly ConceptId[], unknown: readonly string[]): PlanError {
  const suggestions: ConceptId[] = [];
  for (const id of unknown) {
    for (const s of suggestIds(ids, id)) if (!suggestions.includes(s)) suggestions.push(s);
  }
  const noun = unknown.length === 1 ? 'Unknown concept' : 'Unknown concepts';
  const hint = suggestions.length > 0 ? `: did you mean ${listInWords(suggestions.map(code), 'or')}?` : ': no concept has that id.';
  return {
    kind: 'unknown-target',
    message: `${noun} ${listInWords(unknown.map(code), 'and')}${hint}`,
    unknown,
    suggestions,
  };
}
