import type { CourseMeta } from '../model';
import type { ConceptId } from '../model';
import { prerequisitesOf, type ConceptGraph } from '../graph';
import type { Plan } from '../planner';
import { planFor } from '../planner';
import type { CourseKnown, CoursePlan, CourseWeekPlan } from './CoursePlan';

const EMPTY: ReadonlySet<string> = new Set();

function emptyPlan(targets: readonly ConceptId[]): Plan {
  return { targets, steps: [], totals: { concepts: 0, minutes: 0, hours: 0, readyNow: 0 } };
}

/**
 * Plans a course week by week: week N's plan is the plan for its targets given `known` and every
 * concept of the weeks before it, so each concept appears in exactly one week, the first that needs it,
 * and the weeks' steps together are the plan for all targets. `before` lists the earlier concepts
 * that this week's steps list as prerequisites (the boundary where its plan stops), in the order
 * the course covers them; assuming exactly those (and `covered`) known gives the same plan, which
 * keeps each week's shareable spec short. Unknown targets are set aside, never an error.
 */
export function courseWeekPlans(graph: ConceptGraph, course: CourseMeta, known: ReadonlySet<string> = EMPTY): CoursePlan {
  // Concept index -> the week that covers it (null: known beforehand).
  const coveredIn = new Map<number, number | null>();
  // Concept index -> its position in the course, so boundaries read in course order.
  const position = new Map<number, number>();
  for (const id of known) {
    const i = graph.index.get(id);
    if (i !== undefined && !coveredIn.has(i)) {
      coveredIn.set(i, null);
      position.set(i, -1);
    }
  }
  const knownIds = new Set<string>(graph.ids.filter((_, i) => coveredIn.has(i)));
  const describe = (i: number): CourseKnown => ({ id: graph.ids[i]!, title: graph.concepts[i]!.title, week: coveredIn.get(i)! });
  const byPosition = (a: number, b: number) => position.get(a)! - position.get(b)! || a - b;

  const weeks: CourseWeekPlan[] = [];
  let minutes = 0;
  let concepts = 0;
  for (const [w, week] of course.weeks.entries()) {
    const number = w + course.firstWeek;
    const targets: ConceptId[] = [];
    const unknown: string[] = [];
    const covered: number[] = [];
    for (const target of week.targets) {
      const i = graph.index.get(target);
      if (i === undefined) {
        if (!unknown.includes(target)) unknown.push(target);
        continue;
      }
      if (targets.includes(graph.ids[i]!)) continue;
      targets.push(graph.ids[i]!);
      if (coveredIn.has(i)) covered.push(i);
    }
    const result = targets.length === 0 ? null : planFor(graph, targets, knownIds);
    const plan = result?.ok ? result.plan : emptyPlan(targets);

    const boundary = new Set<number>();
    for (const step of plan.steps) {
      const s = graph.index.get(step.id)!;
      for (const p of prerequisitesOf(graph, s)) if (coveredIn.has(p) && !covered.includes(p)) boundary.add(p);
    }
    const before = [...boundary].sort(byPosition);
    const assumed = [...before, ...covered].map((i) => graph.ids[i]!).sort();
    weeks.push({
      number,
      week,
      targets,
      unknown,
      covered: covered.map(describe),
      plan,
      before: before.map(describe),
      ...(targets.length === 0
        ? {}
        : {
            spec: {
              targets,
              known: assumed,
              title: `${course.title}: ${week.title}`,
              ...(week.note === undefined ? {} : { note: week.note }),
            },
          }),
    });
    for (const step of plan.steps) {
      const i = graph.index.get(step.id)!;
      coveredIn.set(i, number);
      position.set(i, position.size);
      knownIds.add(step.id);
    }
    minutes += plan.totals.minutes;
    concepts += plan.totals.concepts;
  }
  return { weeks, totals: { concepts, minutes } };
}
