import type { ConceptId } from '../model';
import type { ConceptGraph } from '../graph';
import { KNOWN, SEEN, startCall } from './plannerScratch';
import { rootsOf } from './rootsOf';
import { titleRanks } from './titleRanks';

/** A concept that can be learned now, and how many concepts learning it unlocks. */
export interface FrontierEntry {
  readonly id: ConceptId;
  readonly unlocks: number;
}

/** `source` of a concept reached from more than one frontier concept. */
const SHARED = 0xffffffff;

/**
 * What can be learned next: the concepts not known whose prerequisites are all known (ids or
 * aliases; unknown ones ignored), most unlocking first, ties by title then id.
 *
 * `unlocks` counts the concepts that learning this one makes learnable, directly or in turn,
 * with nothing else new: those all of whose unknown prerequisites are this concept or are unlocked
 * by it. These sets are disjoint, so the work is the size of the frontier and of what it unlocks,
 * not of the graph (counting every transitive dependent would cost a graph walk per frontier
 * concept). Concepts on a cycle of unknown concepts are never unlocked.
 */
export function frontier(graph: ConceptGraph, known: ReadonlySet<string>): readonly FrontierEntry[] {
  const { prereqOffsets, prereqTargets, dependentOffsets, dependentTargets, index } = graph;
  // `waiting`: for a concept reached, 1 + its unknown prerequisites not yet unlocked (0: not reached);
  // `source`: which frontier concept (position + 1) has reached it, or SHARED.
  const { flags, numbers: waiting, order: source, stack: queue } = startCall(graph, known);
  const allKnown = (i: number): boolean => {
    for (let k = prereqOffsets[i]!; k < prereqOffsets[i + 1]!; k++) if ((flags[prereqTargets[k]!]! & KNOWN) === 0) return false;
    return true;
  };
  // The frontier is among the concepts without prerequisites and those that need a known one.
  const ready: number[] = [];
  const consider = (i: number): void => {
    if ((flags[i]! & (KNOWN | SEEN)) !== 0) return;
    flags[i]! |= SEEN;
    if (allKnown(i)) ready.push(i);
  };
  for (const root of rootsOf(graph)) consider(root);
  for (const id of known) {
    const k = index.get(id);
    if (k === undefined) continue;
    for (let d = dependentOffsets[k]!; d < dependentOffsets[k + 1]!; d++) consider(dependentTargets[d]!);
  }

  const unlocks = ready.map((f, position) => {
    let count = 0;
    let tail = 0;
    queue[tail++] = f;
    for (let head = 0; head < tail; head++) {
      const u = queue[head]!;
      for (let k = dependentOffsets[u]!; k < dependentOffsets[u + 1]!; k++) {
        const d = dependentTargets[k]!;
        if ((flags[d]! & KNOWN) !== 0) continue;
        if (waiting[d] === 0) {
          let unknown = 0;
          for (let p = prereqOffsets[d]!; p < prereqOffsets[d + 1]!; p++) if ((flags[prereqTargets[p]!]! & KNOWN) === 0) unknown++;
          waiting[d] = unknown + 1;
          source[d] = position + 1;
        } else if (source[d] !== position + 1) source[d] = SHARED;
        waiting[d]!--;
        if (waiting[d] === 1 && source[d] === position + 1) {
          count++;
          queue[tail++] = d;
        }
      }
    }
    return count;
  });

  // Most unlocks first, then by title: one exact number per entry (n² < 2^53), sorted natively.
  const { ids } = graph;
  const n = ids.length;
  const ranks = titleRanks(graph);
  const keys = new Float64Array(ready.length);
  ready.forEach((i, position) => (keys[position] = (n - unlocks[position]!) * n + ranks[i]!));
  keys.sort();
  const byRank = new Map(ready.map((i, position) => [ranks[i]!, position]));
  return Array.from(keys, (key) => {
    const position = byRank.get(key % n)!;
    return { id: ids[ready[position]!]!, unlocks: unlocks[position]! };
  });
}
