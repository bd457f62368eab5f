import type { Concept } from '../../../src/core/model/Concept';
import type { ConceptId } from '../../../src/core/model/ConceptId';
import type { ConceptGraph } from '../../../src/core/graph/ConceptGraph';
import { buildGraph } from '../../../src/core/graph/buildGraph';

/** A prerequisite as a bare id, or `[id, reason]`. */
export type PrereqSpec = string | readonly [string, string];

/** A concept literal for tests: title `Title of <id>`, estimate `minutes` (default 30). */
export function concept(
  id: string,
  prerequisites: readonly PrereqSpec[] = [],
  extra: Partial<Omit<Concept, 'id' | 'prerequisites'>> = {},
): Concept {
  return {
    id: id as ConceptId,
    file: `concepts/${id}.md`,
    title: `Title of ${id}`,
    summary: '',
    prerequisites: prerequisites.map((p) => (typeof p === 'string' ? { id: p as ConceptId } : { id: p[0] as ConceptId, reason: p[1] })),
    resources: [],
    goals: [],
    aliases: [],
    tags: [],
    estimate: 30,
    ...extra,
  };
}

/** A graph from `{ id: [prerequisites…] }`, concepts in key order. */
export function graphOf(spec: Readonly<Record<string, readonly PrereqSpec[]>>): ConceptGraph {
  return buildGraph(Object.entries(spec).map(([id, prereqs]) => concept(id, prereqs)));
}
