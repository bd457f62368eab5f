import type { Concept } from '../model';
import type { ConceptFacts, FileFacts } from './FileFacts';
import type { CheckedConcepts, LinkTables } from './CheckedContent';
import { createLinkResolver, type ResolverTable, type TableLinkResolver } from '../links';
import type { Diagnostic } from '../diagnostics';
import { checkAliases } from './checks/checkAliases';
import { checkPrerequisites } from './checks/checkPrerequisites';
import { cycleDiagnostics } from './checks/cycleDiagnostics';
import { linkGraph, type GraphMemo } from './linkGraph';
import { hasTextMath } from './renderConceptTexts';

/** Per-file facts, and the assets present. */
export interface LinkInput {
  /** Every file's facts, sorted by path. */
  readonly facts: readonly FileFacts[];
  /** Content-relative asset paths present, or null when unknown (file links are then trusted). */
  readonly assets: readonly string[] | null;
  /** The path the site is served under (`/course`; empty or omitted at the root). */
  readonly base?: string;
  /**
   * Versions for reuse with a memo. `ids` changes whenever which links and prerequisites resolve
   * may have changed (files added or removed, aliases, assets); `titles` whenever that or a title
   * changed. Same `ids`: per-concept checks, alias checks and the graph topology are reused; same
   * `titles` as well: the resolver too. Omitted: everything is recomputed.
   */
  readonly versions?: { readonly ids: number; readonly titles: number };
  /**
   * Files edited since the content was first checked, each with its edit order (higher is later):
   * a cycle is named from the one edited last. Omitted (as in `check`): a stable choice.
   */
  readonly edited?: ReadonlyMap<string, number>;
}

/** The concept graph and what checking it found, with the tables links resolve by (diagnostics unsorted). */
export type LinkedConcepts = CheckedConcepts & LinkTables;

/**
 * What `linkConcepts` may reuse from its previous run: results are keyed by the objects they were
 * computed from (facts, resolver), so anything not recomputed is exactly what would have been.
 */
export interface LinkMemo {
  resolver?: { readonly ids: number; readonly titles: number; readonly table: ResolverTable; readonly resolver: TableLinkResolver };
  aliases?: { readonly version: number; readonly diagnostics: readonly Diagnostic[] };
  readonly checked: WeakMap<
    ConceptFacts,
    { readonly version: number; readonly meta: Concept; readonly diagnostics: readonly Diagnostic[]; readonly math: boolean }
  >;
  graph?: GraphMemo;
  /** `linkContent`'s concepts with their front-matter math rendered, by the metadata rendered from. */
  readonly texts: WeakMap<Concept, { readonly meta: Concept; readonly diagnostics: readonly Diagnostic[] }>;
}

// Without versions nothing may be reused: a fresh number every call never matches the memo.
let unversioned = -1;

/** An empty memo for `linkConcepts` and `linkContent`. */
export function createLinkMemo(): LinkMemo {
  return { checked: new WeakMap(), texts: new WeakMap() };
}

/**
 * Checks the concepts against each other from their front-matter alone: ids and aliases,
 * prerequisites, cycles; the result is the concept graph. Reads no body (not even a roadmap's).
 * With a memo, an edit that leaves ids and titles alone re-checks only the edited file's
 * prerequisites and reuses the graph when no prerequisite changed.
 */
export function linkConcepts(input: LinkInput, memo: LinkMemo = createLinkMemo()): LinkedConcepts {
  const diagnostics: Diagnostic[] = [];
  for (const facts of input.facts) for (const d of facts.diagnostics) diagnostics.push(d);

  const conceptFacts = input.facts.filter((f): f is ConceptFacts => f.kind === 'concept');
  const versions = input.versions ?? { ids: unversioned, titles: unversioned-- };
  if (memo.resolver?.titles !== versions.titles) memo.resolver = resolverFor(input, conceptFacts, versions, memo.resolver);
  const { table, resolver } = memo.resolver;
  if (memo.aliases?.version !== versions.ids) {
    const found: Diagnostic[] = [];
    checkAliases(conceptFacts, found);
    memo.aliases = { version: versions.ids, diagnostics: found };
  }
  for (const d of memo.aliases.diagnostics) diagnostics.push(d);

  const withMath: Concept[] = [];
  const concepts = conceptFacts.map((facts) => {
    let checked = memo.checked.get(facts);
    if (checked?.version !== versions.ids) {
      const found: Diagnostic[] = [];
      const meta = checkPrerequisites(facts, resolver, found);
      checked = { version: versions.ids, meta, diagnostics: found, math: hasTextMath(meta) };
      memo.checked.set(facts, checked);
    }
    for (const d of checked.diagnostics) diagnostics.push(d);
    if (checked.math) withMath.push(checked.meta);
    return checked.meta;
  });
  memo.graph = linkGraph(concepts, versions.ids, memo.graph);
  const { graph, cycles } = memo.graph;
  if (cycles.length > 0) {
    const byId = new Map(conceptFacts.map((f) => [f.meta.id as string, f]));
    for (const cycle of cycles) for (const d of cycleDiagnostics(cycle, graph, byId, input.edited)) diagnostics.push(d);
  }
  return { concepts: graph.concepts, graph, diagnostics, table, resolver, withMath };
}

/** A new resolver; when only titles changed, a copy of the previous one with those titles replaced. */
function resolverFor(
  input: LinkInput,
  conceptFacts: readonly ConceptFacts[],
  versions: { readonly ids: number; readonly titles: number },
  previous: LinkMemo['resolver'],
): NonNullable<LinkMemo['resolver']> {
  if (previous && previous.ids === versions.ids && previous.table.concepts.length === conceptFacts.length) {
    const concepts = previous.table.concepts.slice();
    const changed: (typeof concepts)[number][] = [];
    for (let i = 0; i < concepts.length; i++) {
      const { meta } = conceptFacts[i]!;
      if (concepts[i]![1] === meta.title) continue;
      concepts[i] = [meta.id, meta.title, meta.aliases];
      changed.push(concepts[i]!);
    }
    const table = { ...previous.table, concepts };
    return { ids: versions.ids, titles: versions.titles, table, resolver: previous.resolver.withTitles(changed) };
  }
  const table = resolverTable(input, conceptFacts);
  return { ids: versions.ids, titles: versions.titles, table, resolver: createLinkResolver(table) };
}

function resolverTable(input: LinkInput, conceptFacts: readonly ConceptFacts[]): ResolverTable {
  return {
    concepts: conceptFacts.map((f) => [f.meta.id, f.meta.title, f.meta.aliases] as const),
    roadmaps: input.facts.flatMap((f) => (f.kind === 'roadmap' ? [f.id] : [])),
    courses: input.facts.flatMap((f) => (f.kind === 'course' ? [f.meta.id] : [])),
    assets: input.assets,
    base: input.base ?? '',
  };
}
