import type { ConceptId } from '../model';
import type { ConceptNode } from '../model';

/**
 * The compiled prerequisite graph. Concepts are interned to integers once, so the planner walks
 * typed arrays instead of string-keyed maps (50–100× faster on large graphs).
 *
 * Invariants: `concepts[i].id === ids[i]`; prerequisites of `i` are
 * `prereqTargets[prereqOffsets[i] .. prereqOffsets[i + 1])` in the author's order, restricted to
 * known concepts and without self-edges; `dependent*` is the exact reverse, ordered by index.
 * `index` resolves ids and aliases. The compiler's graph holds whole `Concept`s; the app's holds
 * the `ConceptNode`s of the graph file.
 */
export interface ConceptGraph<N extends ConceptNode = ConceptNode> {
  readonly concepts: readonly N[];
  readonly ids: readonly ConceptId[];
  readonly index: ReadonlyMap<string, number>;
  readonly prereqOffsets: Uint32Array;
  readonly prereqTargets: Uint32Array;
  readonly dependentOffsets: Uint32Array;
  readonly dependentTargets: Uint32Array;
}
