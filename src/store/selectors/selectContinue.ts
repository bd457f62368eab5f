import type { ConceptId } from '../../core/model';
import type { ConceptGraph } from '../../core/graph';
import type { ProgressState, SavedPlan } from '../../core/progress';
import type { AppState } from '../AppState';
import { memoLast } from './memoLast';
import { planTitle } from './planTitle';
import { PlanProgressCache } from './planProgress';
import { selectKnown, selectStates } from './selectStates';

/** One plan under the home page's "Continue". */
export interface ContinuePlan {
  /** Where the plan opens: its canonical URL, or the saved one when it no longer gives a plan. */
  readonly url: string;
  /** The saved title, else the plan's own, else one made from its targets. */
  readonly title: string;
  readonly saved: boolean;
  /**
   * Steps of the plan for anyone (`total`) and how many of them the learner's plan no longer
   * needs (`known`: marked known, or under a concept marked known) or has under way (`learning`);
   * `total - known` is the plan page's "Steps". `null` when the URL no longer gives a plan.
   */
  readonly progress: { readonly total: number; readonly known: number; readonly learning: number } | null;
  /** The first step ready to start; `null` when nothing is left (or no plan). */
  readonly next: { readonly id: ConceptId; readonly title: string; readonly minutes: number } | null;
}

const cache = new PlanProgressCache();

const view = memoLast(
  (
    graph: ConceptGraph,
    known: ReadonlySet<string>,
    states: ReadonlyMap<string, ProgressState>,
    saved: readonly SavedPlan[],
    recent: readonly string[],
  ): readonly ContinuePlan[] => {
    const items: ContinuePlan[] = [];
    const listed = new Set<string>();
    const savedByUrl = new Map<string, SavedPlan>();
    for (const plan of saved) savedByUrl.set(cache.get(graph, known, plan.url)?.url ?? plan.url, plan);

    const add = (url: string, savedPlan: SavedPlan | undefined) => {
      const read = cache.get(graph, known, url);
      const key = read?.url ?? url;
      if (listed.has(key) || (!read && !savedPlan)) return;
      listed.add(key);
      if (!read) {
        items.push({ url, title: savedPlan?.title ?? url, saved: true, progress: null, next: null });
        return;
      }
      const { plan, total } = read;
      const learning = plan.steps.filter((s) => states.get(s.id) === 'learning').length;
      const ready = plan.steps.find((s) => s.ready);
      items.push({
        url: read.url,
        title: savedPlan?.title ?? read.spec.title ?? planTitle(graph, read.spec.targets),
        saved: savedPlan !== undefined,
        progress: { total, known: total - plan.steps.length, learning },
        next: ready ? { id: ready.id, title: ready.title, minutes: ready.minutes } : null,
      });
    };

    // What the learner opened last comes first; then saved plans not opened lately, newest first.
    for (const url of recent) add(url, savedByUrl.get(cache.get(graph, known, url)?.url ?? url));
    for (const plan of [...saved].reverse()) add(plan.url, plan);
    cache.retain(new Set([...recent, ...saved.map((p) => p.url)]));
    return items;
  },
);

/** The plans the home page offers to continue: recently opened and saved, each listed once. */
export function selectContinue(state: AppState): readonly ContinuePlan[] {
  return view(state.graph, selectKnown(state), selectStates(state), state.progress.plans, state.recentPlans);
}
