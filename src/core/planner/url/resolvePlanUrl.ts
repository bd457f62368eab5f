import { asConceptId, type ConceptId } from '../../model';
import type { ConceptGraph } from '../../graph';
import { AMBIGUOUS, fingerprintTable } from './fingerprint';
import type { PlanUrlParts } from './readPlanUrl';
import { listInWords, unknownTargetError } from '../resolveTargets';
import { suggestIds } from '../suggestIds';

export type ResolvedPlanUrl =
  | { readonly ok: true; readonly targets: readonly ConceptId[]; readonly known: readonly ConceptId[] }
  | {
      readonly ok: false;
      readonly message: string;
      /**
       * With unknown targets that each have a close match: target lists to offer instead, one per
       * suggestion for the first unknown target (any others take their closest match).
       */
      readonly corrections?: readonly (readonly string[])[];
    };

const code = (id: string): string => `\`${id}\``;

/**
 * Looks the ids of a read plan URL up in the graph: aliases become current ids, an unknown target
 * is an error, unknown or ambiguous assumed-known entries are dropped with a warning. Without a
 * graph, ids pass as they are and fingerprints cannot be read.
 */
export function resolvePlanUrl(parts: PlanUrlParts, graph: ConceptGraph | undefined, warnings: string[]): ResolvedPlanUrl {
  if (!graph) {
    if (parts.fingerprints.length > 0) {
      return {
        ok: false,
        message: 'This plan link lists its assumed-known concepts by fingerprint, which only the site with its concepts can read.',
      };
    }
    return { ok: true, targets: parts.targets.map(asConceptId), known: sortedUnique(parts.known.map(asConceptId)) };
  }
  const { index, ids } = graph;
  const targets: ConceptId[] = [];
  const unknownTargets: string[] = [];
  for (const t of parts.targets) {
    const i = index.get(t);
    if (i === undefined) unknownTargets.push(t);
    else if (!targets.includes(ids[i]!)) targets.push(ids[i]!);
  }
  if (unknownTargets.length > 0) {
    return {
      ok: false,
      message: unknownTargetError(ids, unknownTargets).message,
      corrections: corrections(parts.targets, unknownTargets, ids),
    };
  }

  const known: ConceptId[] = [];
  const unknownKnown: string[] = [];
  for (const k of parts.known) {
    const i = index.get(k);
    if (i === undefined) unknownKnown.push(k);
    else known.push(ids[i]!);
  }
  if (unknownKnown.length > 0) {
    const one = unknownKnown.length === 1;
    const names = listInWords(unknownKnown.map(code), 'and');
    warnings.push(
      `Assumed-known ${one ? 'concept' : 'concepts'} ${names} no longer ${one ? 'exists' : 'exist'} here and ${one ? 'was' : 'were'} left out.`,
    );
  }
  let lost = 0;
  if (parts.fingerprints.length > 0) {
    const table = fingerprintTable(graph);
    for (const f of parts.fingerprints) {
      const i = table.get(f);
      if (i === undefined || i === AMBIGUOUS) lost++;
      else known.push(ids[i]!);
    }
  }
  if (lost > 0) {
    warnings.push(
      `${lost} assumed-known ${lost === 1 ? 'concept' : 'concepts'} of this plan link could not be found here and ${lost === 1 ? 'was' : 'were'} left out.`,
    );
  }
  return { ok: true, targets, known: sortedUnique(known) };
}

/** Target lists with the unknown ids swapped for close matches; empty when one has none. */
function corrections(targets: readonly string[], unknown: readonly string[], ids: readonly ConceptId[]): string[][] {
  const swaps = unknown.map((id) => suggestIds(ids, id));
  if (swaps.some((options) => options.length === 0)) return [];
  return swaps[0]!.map((first) => {
    const swap = new Map(unknown.map((id, i) => [id, i === 0 ? first : swaps[i]![0]!]));
    return targets.map((t) => swap.get(t) ?? t);
  });
}

function sortedUnique(ids: readonly ConceptId[]): ConceptId[] {
  return [...new Set(ids)].sort();
}
