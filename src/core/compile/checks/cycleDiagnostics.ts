import type { ConceptFacts } from '../FileFacts';
import { createDiagnostic } from '../../diagnostics';
import type { Diagnostic } from '../../diagnostics';
import type { ConceptGraph } from '../../graph';

// Longer cycles are named by their first and last concepts only.
const MAX_NAMED = 12;

/**
 * `prerequisite-cycle` for one cycle (`findCycles` order): one diagnostic on each prerequisite
 * entry that forms it, so every file of the cycle shows its own line, and all of them name the
 * whole cycle the same way. The naming starts at the concept whose file was edited last (`edited`:
 * path to edit order, higher is later), so its first arrow is the entry most likely just written;
 * without edits it starts at `findCycles`' first concept, a stable choice.
 */
export function cycleDiagnostics(
  cycle: readonly number[],
  graph: ConceptGraph,
  byId: ReadonlyMap<string, ConceptFacts>,
  edited?: ReadonlyMap<string, number>,
): Diagnostic[] {
  const owners = cycle.map((i) => byId.get(graph.ids[i]!)!);
  const start = latestEdited(owners, edited);
  const order = [...cycle.slice(start), ...cycle.slice(0, start)];
  const ids = [...order, order[0]!].map((i) => graph.ids[i]!);
  // Every entry's message names the cycle, so a long one is shortened: n messages of n ids each
  // would grow with the square of its length.
  const shown = order.length > MAX_NAMED ? [...ids.slice(0, 5), '…', ...ids.slice(-4)] : ids;
  const named = shown.map((id) => (id === '…' ? id : `\`${id}\``)).join(' → ');
  const actual = shown.join(' → ');
  const count = order.length > MAX_NAMED ? `${order.length} concepts, ` : '';
  return order.map((_, k) => {
    const owner = byId.get(ids[k]!)!;
    const next = order[(k + 1) % order.length];
    const entry = owner.meta.prerequisites.findIndex((p) => graph.index.get(p.id) === next);
    const place = owner.locate(owner.prerequisitePaths[entry] ?? ['prerequisites']);
    const message = `Expected prerequisites without cycles, found ${named} (${count}each needs the next); this entry makes \`${ids[k]}\` need \`${ids[k + 1]}\`.`;
    return createDiagnostic(owner.path, place, 'prerequisite-cycle', message, { actual });
  });
}

/** Position in `owners` of the file edited last; 0 when none of them was edited. */
function latestEdited(owners: readonly ConceptFacts[], edited: ReadonlyMap<string, number> | undefined): number {
  let best = 0;
  let bestStamp = -1;
  if (!edited || edited.size === 0) return best;
  for (const [k, owner] of owners.entries()) {
    const stamp = edited.get(owner.path) ?? -1;
    if (stamp > bestStamp) [best, bestStamp] = [k, stamp];
  }
  return best;
}
