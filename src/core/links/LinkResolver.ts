import { asConceptId, type ConceptId } from '../model';
import { closestMatch } from '../text';

/**
 * Everything link resolution needs to know about the content, in a form that can be posted to a
 * worker thread: concepts as `[id, title, aliases]`, roadmap and course ids, and the asset paths
 * present (null when unknown: then every file link is trusted).
 */
export interface ResolverTable {
  readonly concepts: readonly (readonly [id: string, title: string, aliases: readonly string[]])[];
  readonly roadmaps: readonly string[];
  readonly courses: readonly string[];
  readonly assets: readonly string[] | null;
  /** The path the site is served under (`/course`; empty at the root); app links start with it. */
  readonly base: string;
}

/** A concept a link resolved to: its canonical id (aliases resolved) and title. */
export interface ResolvedConcept {
  readonly id: ConceptId;
  readonly title: string;
}

/** Answers "does this exist?" for links, and "did you mean …?" when it does not. */
export interface LinkResolver {
  /** The path the site is served under (`/course`; empty at the root); app links start with it. */
  readonly base: string;
  concept(idOrAlias: string): ResolvedConcept | undefined;
  roadmap(id: string): boolean;
  course(id: string): boolean;
  asset(path: string): boolean;
  suggestConcept(id: string): string | undefined;
  suggestAsset(path: string): string | undefined;
}

/** A resolver over a table, which can be copied with some titles changed. */
export interface TableLinkResolver extends LinkResolver {
  /** A copy in which these concepts (`[id, title, aliases]`) have new titles; cost: one map copy. */
  withTitles(changed: ResolverTable['concepts']): TableLinkResolver;
}

/** Builds a resolver over `table` (maps built once; suggestions computed only on demand). */
export function createLinkResolver(table: ResolverTable): TableLinkResolver {
  const concepts = new Map<string, ResolvedConcept>();
  for (const [id, title] of table.concepts) if (!concepts.has(id)) concepts.set(id, { id: asConceptId(id), title });
  for (const [id, , aliases] of table.concepts) {
    const target = concepts.get(id)!;
    for (const alias of aliases) if (!concepts.has(alias)) concepts.set(alias, target);
  }
  const assets = table.assets === null ? null : new Set(table.assets);
  return resolverOver(table.base, concepts, new Set(table.roadmaps), new Set(table.courses), assets);
}

function resolverOver(
  base: string,
  concepts: Map<string, ResolvedConcept>,
  roadmaps: ReadonlySet<string>,
  courses: ReadonlySet<string>,
  assets: ReadonlySet<string> | null,
): TableLinkResolver {
  return {
    base,
    concept: (id) => concepts.get(id),
    roadmap: (id) => roadmaps.has(id),
    course: (id) => courses.has(id),
    asset: (path) => assets === null || assets.has(path),
    suggestConcept: (id) => closestMatch(id, concepts.keys()),
    suggestAsset: (path) => (assets === null ? undefined : closestMatch(path, assets)),
    withTitles(changed) {
      const copy = new Map(concepts);
      for (const [id, title, aliases] of changed) {
        const old = copy.get(id);
        if (old?.id !== id) continue;
        const next = { id: old.id, title };
        copy.set(id, next);
        for (const alias of aliases) if (copy.get(alias) === old) copy.set(alias, next);
      }
      return resolverOver(base, copy, roadmaps, courses, assets);
    },
  };
}
