import type { ConceptGraph } from '../../core/graph';
import type { Plan, PlanSpec } from '../../core/planner';
import { decodePlanUrl, encodePlanUrl, planFor } from '../../core/planner';

/** A plan URL read against the graph: the plan for anyone, and for one learner. */
export interface PlanProgress {
  readonly spec: PlanSpec;
  /** The canonical URL, as the plan page saves and shares it. */
  readonly url: string;
  /** Steps of the plan with only its own assumed concepts known (what the embed lists). */
  readonly total: number;
  /** The learner's plan: what the plan page shows. */
  readonly plan: Plan;
}

interface Entry {
  readonly graph: ConceptGraph;
  readonly read: { readonly spec: PlanSpec; readonly url: string; readonly total: number } | null;
  learner: { readonly known: ReadonlySet<string>; readonly plan: Plan } | null;
}

/**
 * Per plan URL: the decoded spec and the plan for anyone (kept while the graph is the same), and
 * the learner's plan (kept while the known concepts are the same too). The home page asks for
 * several plans at once; each costs a planner call only when what it depends on changed.
 */
export class PlanProgressCache {
  private readonly entries = new Map<string, Entry>();

  /** `null` when the URL gives no plan with this graph (a target was renamed away). */
  get(graph: ConceptGraph, known: ReadonlySet<string>, url: string): PlanProgress | null {
    let entry = this.entries.get(url);
    if (!entry || entry.graph !== graph) {
      entry = { graph, read: readPlan(graph, url), learner: null };
      this.entries.set(url, entry);
    }
    const { read } = entry;
    if (!read) return null;
    if (!entry.learner || !sameMembers(entry.learner.known, known)) {
      // As on the plan page: the plan's assumed concepts count as known, on top of the learner's own.
      const planKnown = new Set(known);
      for (const id of read.spec.known) planKnown.add(id);
      const result = planFor(graph, read.spec.targets, planKnown);
      if (!result.ok) return null;
      entry.learner = { known, plan: result.plan };
    }
    return { ...read, plan: entry.learner.plan };
  }

  /** Forgets every URL not in `keep`, so the cache holds only the plans still listed. */
  retain(keep: ReadonlySet<string>): void {
    for (const url of this.entries.keys()) if (!keep.has(url)) this.entries.delete(url);
  }
}

/** Marking a concept `learning` makes a new known set with the same members: no need to replan. */
function sameMembers(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  if (a === b) return true;
  if (a.size !== b.size) return false;
  for (const id of a) if (!b.has(id)) return false;
  return true;
}

function readPlan(graph: ConceptGraph, url: string): Entry['read'] {
  const decoded = decodePlanUrl(url, graph);
  if (!decoded.ok) return null;
  const { spec } = decoded;
  const shared = planFor(graph, spec.targets, new Set(spec.known));
  return shared.ok ? { spec, url: encodePlanUrl(spec), total: shared.plan.totals.concepts } : null;
}
