import { conceptOf, type ConceptGraph } from '../../core/graph';
import type { Concept, ConceptId } from '../../core/model';
import { placementCheckIndex, placementConclusions, placementUncertainty } from '../../core/placement';
import type { AppState } from '../AppState';
import type { PlacementSession } from '../slices/placementSlice';
import { memoLast } from './memoLast';
import { selectPlanView, type PlanView } from './selectPlanView';

/** A concept's question is "in doubt" while the quiz is less sure than this either way. */
const SURE = 0.8;

/** The question shown, and how far the quiz has come. */
export interface PlacementQuestion {
  readonly id: ConceptId;
  /** The concept asked about; `undefined` while its data (which has the question) is on its way. */
  readonly concept: Concept | undefined;
  /** Index into `concept.checks` of the question asked. */
  readonly checkIndex: number;
  /** Which question this is (1 for the first): answers so far, plus one. */
  readonly number: number;
  /** The most questions the quiz can ask: its budget, or what is left to ask if less. */
  readonly atMost: number;
}

/** One concept of the plan as the quiz concluded. */
export interface PlacementFinding {
  readonly id: ConceptId;
  readonly title: string;
  /** Probability the learner knows it. */
  readonly belief: number;
  /** The learner's own answer to its question: right, wrong, or not asked (`null`). */
  readonly answered: boolean | null;
}

/** Everything the quiz page shows for one plan. */
export type PlacementView =
  | { readonly ok: false; readonly message: string }
  | {
      readonly ok: true;
      readonly title: string;
      /** The plan's canonical URL. */
      readonly planUrl: string;
      /** Concepts in the plan (steps left to learn). */
      readonly total: number;
      /** Of them, those the quiz can ask about (with a multiple-choice check). */
      readonly askable: number;
      /** `start` until a quiz over this plan runs in this tab. */
      readonly stage: 'start' | 'question' | 'results';
      /** How settled the plan is, 0 to 1: one minus twice the expected share placed wrongly. */
      readonly settled: number;
      /** Concepts the quiz is not yet sure about either way. */
      readonly inDoubt: number;
      readonly question: PlacementQuestion | null;
      /** After the quiz: the concepts it thinks known, and those not yet, each in plan order. */
      readonly known: readonly PlacementFinding[];
      readonly notYet: readonly PlacementFinding[];
      readonly asked: number;
      readonly endedBy: PlacementSession['endedBy'];
    };

function countAskable(graph: ConceptGraph, ids: readonly string[]): number {
  return ids.filter((id) => {
    const concept = conceptOf(graph, id);
    return concept !== undefined && placementCheckIndex(concept) >= 0;
  }).length;
}

const view = memoLast(
  (graph: ConceptGraph, details: AppState['details'], plan: PlanView, session: PlacementSession | null): PlacementView => {
    if (!plan.ok) return { ok: false, message: plan.message };
    const ids = plan.plan.steps.map((step) => step.id);
    const base = { ok: true as const, title: plan.title, planUrl: plan.url, total: ids.length, askable: countAskable(graph, ids) };
    if (!session || session.planUrl !== plan.url) {
      const empty = { settled: 0, inDoubt: ids.length, question: null, known: [], notYet: [], asked: 0, endedBy: null };
      return { ...base, stage: 'start', ...empty };
    }
    const p = session.placement;
    const inDoubt = Array.from(p.beliefs).filter((b) => Math.max(b, 1 - b) < SURE).length;
    const settled = 1 - 2 * placementUncertainty(p);
    const asked = p.answers.length;
    const common = { ...base, settled, inDoubt, asked, endedBy: session.endedBy };
    const id = session.current === null ? undefined : p.ids[session.current];
    const node = id === undefined ? undefined : conceptOf(graph, id);
    if (node) {
      let left = 0;
      for (let q = 0; q < p.ids.length; q++) if (p.askable[q] && !p.asked[q]) left++;
      const atMost = Math.min(p.options.maxQuestions, asked + left);
      const entry = details[node.id];
      const concept = entry?.status === 'ready' ? entry.concept : undefined;
      const question = { id: node.id, concept, checkIndex: placementCheckIndex(node), number: asked + 1, atMost };
      return { ...common, stage: 'question', question, known: [], notYet: [] };
    }
    const answers = new Map(p.answers.map((a) => [a.id as string, a.correct]));
    const conclusions = placementConclusions(p);
    const known: PlacementFinding[] = [];
    const notYet: PlacementFinding[] = [];
    p.ids.forEach((cid, i) => {
      const finding = {
        id: cid,
        title: conceptOf(graph, cid)?.title ?? cid,
        belief: p.beliefs[i] ?? 0,
        answered: answers.get(cid) ?? null,
      };
      (conclusions[i] ? known : notYet).push(finding);
    });
    return { ...common, stage: 'results', question: null, known, notYet };
  },
);

/** The placement quiz over the plan at `url`: its start, the question shown, or what it found. */
export function selectPlacementView(state: AppState, url: string): PlacementView {
  return view(state.graph, state.details, selectPlanView(state, url), state.placementSession);
}
