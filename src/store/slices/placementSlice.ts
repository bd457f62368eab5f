import { conceptOf } from '../../core/graph';
import type { ConceptId } from '../../core/model';
import { answerPlacement, createPlacement, nextQuestion, placementCheckIndex, skipQuestion } from '../../core/placement';
import type { Placement } from '../../core/placement';
import type { AppEnv, GetState, SetState } from '../AppState';
import { selectPlanView } from '../selectors/selectPlanView';

/** A placement quiz under way (or finished and waiting for the learner's say) over one plan. */
export interface PlacementSession {
  /** The canonical URL of the plan it checks. */
  readonly planUrl: string;
  readonly placement: Placement;
  /** Index (into `placement.ids`) of the question shown now; `null` once the quiz has stopped. */
  readonly current: number | null;
  /** Concepts whose question the learner skipped: not asked, no evidence either way. */
  readonly skipped: readonly ConceptId[];
  /** Who stopped the quiz: the learner, or the quiz when it had asked enough; `null` while it runs. */
  readonly endedBy: 'learner' | 'quiz' | null;
}

export interface PlacementSlice {
  /** The quiz in this tab, kept across pages so it can be resumed; `null` when none. */
  readonly placementSession: PlacementSession | null;
  /** Starts a quiz over the concepts of the plan at `planUrl` (replacing any other). */
  startPlacement(planUrl: string): void;
  /** Records the answer to the question shown, if it is still `id`'s, and chooses the next. */
  answerPlacementQuestion(id: string, correct: boolean): void;
  /** Leaves the question shown unanswered and moves on. */
  skipPlacementQuestion(id: string): void;
  /** Stops asking: the quiz shows what it concluded. */
  stopPlacement(): void;
  /** Marks `ids` known (the learner's choice, nothing else), records the quiz, and ends it. */
  acceptPlacement(ids: readonly string[]): void;
  /** Ends the quiz without marking anything. */
  discardPlacement(): void;
}

/** The quiz's state: one session a tab; nothing reaches the learner's progress until they accept. */
export function placementSlice(set: SetState, get: GetState, env: AppEnv): PlacementSlice {
  /** Sets the session after a change to its placement: the next question, or the end. */
  function advance(session: PlacementSession, placement: Placement, extra: Partial<PlacementSession> = {}): void {
    const current = nextQuestion(placement);
    set({ placementSession: { ...session, ...extra, placement, current, endedBy: current === null ? 'quiz' : null } });
  }

  /** The running session, when `id` is the concept of its question shown. */
  function asking(id: string): (PlacementSession & { current: number }) | null {
    const session = get().placementSession;
    if (!session || session.current === null || session.placement.ids[session.current] !== id) return null;
    return session as PlacementSession & { current: number };
  }

  return {
    placementSession: null,

    startPlacement(planUrl) {
      const view = selectPlanView(get(), planUrl);
      if (!view.ok) return;
      const { graph } = get();
      const askable = (id: string) => {
        const concept = conceptOf(graph, id);
        return concept !== undefined && placementCheckIndex(concept) >= 0;
      };
      const placement = createPlacement(
        graph,
        view.plan.steps.map((step) => step.id),
        askable,
      );
      const session: PlacementSession = { planUrl: view.url, placement, current: null, skipped: [], endedBy: null };
      advance(session, placement);
    },

    answerPlacementQuestion(id, correct) {
      const session = asking(id);
      if (session) advance(session, answerPlacement(session.placement, session.current, correct));
    },

    skipPlacementQuestion(id) {
      const session = asking(id);
      if (session)
        advance(session, skipQuestion(session.placement, session.current), {
          skipped: [...session.skipped, session.placement.ids[session.current]!],
        });
    },

    stopPlacement() {
      const session = get().placementSession;
      if (session && session.current !== null) set({ placementSession: { ...session, current: null, endedBy: 'learner' } });
    },

    acceptPlacement(ids) {
      const session = get().placementSession;
      if (!session) return;
      const inQuiz = new Set<string>(session.placement.ids);
      const accepted = ids.filter((id) => inQuiz.has(id));
      // One write: the quiz's record, the accepted marks and their review schedules.
      get().recordPlacement({
        planUrl: session.planUrl,
        at: env.now(),
        answers: session.placement.answers.map(({ id, correct }) => ({ id, correct })),
        accepted,
      });
      set({ placementSession: null });
    },

    discardPlacement() {
      set({ placementSession: null });
    },
  };
}
