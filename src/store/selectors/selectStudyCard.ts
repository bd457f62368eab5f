import type { Concept, ConceptId, Resource } from '../../core/model';
import type { ConceptGraph } from '../../core/graph';
import type { Plan } from '../../core/planner';
import type { AppState } from '../AppState';
import { selectKnown } from './selectStates';

/** Why a prerequisite of a step is covered: the learner knows it, the plan assumes it, or it is an earlier step. */
export type PrerequisiteStanding =
  { readonly kind: 'known' } | { readonly kind: 'assumed' } | { readonly kind: 'step'; readonly number: number };

/** A prerequisite a step rests on, with the author's reason and where it stands in the plan. */
export interface StudyPrerequisite {
  readonly id: ConceptId;
  readonly title: string;
  readonly reason?: string;
  /** The reason as HTML, when it has math. */
  readonly reasonHtml?: string;
  /** `null` only when the plan neither has it as a step nor counts it known (it cannot happen with a plan from `planFor`). */
  readonly standing: PrerequisiteStanding | null;
}

/** What a plan step's study card shows. */
export interface StudyCardView {
  readonly concept: Concept;
  readonly coreResources: readonly Resource[];
  readonly prerequisites: readonly StudyPrerequisite[];
}

interface CardCache {
  readonly graph: ConceptGraph;
  readonly details: AppState['details'];
  readonly known: ReadonlySet<string>;
  readonly assumed: readonly ConceptId[];
  readonly numbers: ReadonlyMap<string, number>;
  readonly cards: Map<string, StudyCardView | null | undefined>;
}

const caches = new WeakMap<Plan, CardCache>();

function build(cache: CardCache, id: string): StudyCardView | null | undefined {
  const { graph, details, known, assumed, numbers } = cache;
  const i = graph.index.get(id);
  if (i === undefined) return null;
  const entry = details[graph.ids[i]!];
  // The card's metadata comes with the concept's data file (`loadConcept`).
  if (entry?.status !== 'ready') return undefined;
  const { concept } = entry;
  const prerequisites = concept.prerequisites.flatMap((p): StudyPrerequisite[] => {
    const j = graph.index.get(p.id);
    const pid = j === undefined ? undefined : graph.ids[j];
    if (j === undefined || j === i || pid === undefined) return [];
    const step = numbers.get(pid);
    const standing: PrerequisiteStanding | null = known.has(pid)
      ? { kind: 'known' }
      : assumed.includes(pid)
        ? { kind: 'assumed' }
        : step !== undefined
          ? { kind: 'step', number: step }
          : null;
    const why = p.reason ? (p.reasonHtml === undefined ? { reason: p.reason } : { reason: p.reason, reasonHtml: p.reasonHtml }) : {};
    return [{ id: pid, title: graph.concepts[j]?.title ?? pid, standing, ...why }];
  });
  return { concept, coreResources: concept.resources.filter((r) => r.core), prerequisites };
}

/**
 * A plan step's study card: the concept, its core resources, and the prerequisites it rests on
 * with where each stands (known, assumed by the plan, or an earlier step). Cached per plan, so it
 * is the same object across renders until the plan, the graph, the concepts' metadata or what the
 * learner knows changes; `undefined` while the concept's data is on its way.
 */
export function selectStudyCard(state: AppState, plan: Plan, assumed: readonly ConceptId[], id: string): StudyCardView | null | undefined {
  const known = selectKnown(state);
  let cache = caches.get(plan);
  if (!cache || cache.graph !== state.graph || cache.details !== state.details || cache.known !== known || cache.assumed !== assumed) {
    const numbers = new Map(plan.steps.map((s, n) => [s.id as string, n + 1]));
    cache = { graph: state.graph, details: state.details, known, assumed, numbers, cards: new Map() };
    caches.set(plan, cache);
  }
  if (cache.cards.has(id)) return cache.cards.get(id);
  const card = build(cache, id);
  cache.cards.set(id, card);
  return card;
}
