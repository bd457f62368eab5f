import type { ConceptFacts } from '../FileFacts';
import { createDiagnostic } from '../../diagnostics';
import type { Diagnostic } from '../../diagnostics';
import type { ConceptGraph } from '../../graph';

/**
 * `prerequisite-cycle` for one cycle (`findCycles` order), naming it whole: `a` → `b` → `a`. It is
 * placed on the first concept's prerequisite entry that starts the cycle.
 */
export function cycleDiagnostic(cycle: readonly number[], graph: ConceptGraph, byId: ReadonlyMap<string, ConceptFacts>): Diagnostic {
  const ids = [...cycle, cycle[0]!].map((i) => graph.ids[i]!);
  const owner = byId.get(ids[0]!)!;
  const entry = owner.meta.prerequisites.findIndex((p) => graph.index.get(p.id) === cycle[1]);
  const place = owner.locate(owner.prerequisitePaths[entry] ?? ['prerequisites']);
  const message = `Expected prerequisites without cycles, found ${ids.map((id) => `\`${id}\``).join(' → ')} (each needs the next).`;
  return createDiagnostic(owner.path, place, 'prerequisite-cycle', message, { actual: ids.join(' → ') });
}
