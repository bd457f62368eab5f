import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CourseMeta, CourseWeek } from '../../../src/core/model';
import type { ConceptId } from '../../../src/core/model/ConceptId';
import { courseWeekPlans } from '../../../src/core/export/courseWeekPlans';
import type { ConceptGraph } from '../../../src/core/graph/ConceptGraph';
import { buildGraph } from '../../../src/core/graph/buildGraph';
import { planFor } from '../../../src/core/planner/planFor';
import { concept, graphOf } from '../planner/graphOf';

const week = (title: string, targets: string[], note?: string): CourseWeek => ({
  title,
  targets: targets as ConceptId[],
  ...(note ? { note } : {}),
});
const course = (...weeks: CourseWeek[]): CourseMeta => ({
  id: 'c',
  file: 'courses/c.md',
  title: 'Course',
  summary: '',
  firstWeek: 1,
  weeks,
});

//   a   b
//   |\ /|
//   c  d        e (alias `ee`)
//    \ |        |
//      f -------+
const graph = buildGraph([
  concept('a'),
  concept('b'),
  concept('c', ['a']),
  concept('d', ['a', 'b']),
  concept('e', [], { aliases: ['ee' as ConceptId] }),
  concept('f', ['c', 'd', 'e']),
]);

const stepIds = (plan: { steps: readonly { id: string }[] }) => plan.steps.map((s) => s.id);

describe('courseWeekPlans', () => {
  it('plans each week given the weeks before it, so each concept is learnt once', () => {
    const { weeks, totals } = courseWeekPlans(graph, course(week('W1', ['c']), week('W2', ['d']), week('W3', ['f'])));
    expect(weeks.map((w) => stepIds(w.plan))).toEqual([
      ['a', 'c'],
      ['b', 'd'],
      ['e', 'f'],
    ]);
    expect(weeks.map((w) => w.number)).toEqual([1, 2, 3]);
    expect(totals).toEqual({ concepts: 6, minutes: 180 });
  });

  it('says what each week builds on: earlier concepts its steps list as prerequisites, in course order', () => {
    const { weeks } = courseWeekPlans(graph, course(week('W1', ['c']), week('W2', ['d']), week('W3', ['f'])));
    expect(weeks[0]!.before).toEqual([]);
    expect(weeks[1]!.before).toEqual([{ id: 'a', title: 'Title of a', week: 1 }]);
    // `a` and `b` are needed only through `c` and `d`, so week 3 does not list them.
    expect(weeks[2]!.before.map((k) => [k.id, k.week])).toEqual([
      ['c', 1],
      ['d', 2],
    ]);
  });

  it('gives each week a spec whose plan is exactly the week plan', () => {
    const { weeks } = courseWeekPlans(graph, course(week('W1', ['c']), week('W2', ['d'], 'Read ch. 2'), week('W3', ['f'])));
    expect(weeks[1]!.spec).toEqual({ targets: ['d'], known: ['a'], title: 'Course: W2', note: 'Read ch. 2' });
    for (const w of weeks) {
      const replay = planFor(graph, w.spec!.targets, new Set(w.spec!.known));
      expect(replay.ok && stepIds(replay.plan)).toEqual(stepIds(w.plan));
    }
  });

  it('follows aliases, sets unknown targets aside and notes targets already covered', () => {
    const { weeks } = courseWeekPlans(graph, course(week('W1', ['f']), week('W2', ['ee', 'd', 'nope', 'nope']), week('W3', ['missing'])));
    expect(weeks[1]!.targets).toEqual(['e', 'd']);
    expect(weeks[1]!.unknown).toEqual(['nope']);
    expect(weeks[1]!.covered.map((k) => [k.id, k.week])).toEqual([
      ['e', 1],
      ['d', 1],
    ]);
    expect(weeks[1]!.plan.steps).toEqual([]);
    expect(weeks[1]!.spec?.known).toEqual(['d', 'e']);
    expect(weeks[2]!.targets).toEqual([]);
    expect(weeks[2]!.unknown).toEqual(['missing']);
    expect(weeks[2]!.spec).toBeUndefined();
  });

  it('starts from a known set, reported as known beforehand', () => {
    const { weeks } = courseWeekPlans(graph, course(week('W1', ['f'])), new Set(['a', 'ee']));
    expect(stepIds(weeks[0]!.plan)).toEqual(['c', 'b', 'd', 'f']);
    expect(weeks[0]!.before).toEqual([
      { id: 'a', title: 'Title of a', week: null },
      { id: 'e', title: 'Title of e', week: null },
    ]);
  });

  it("numbers weeks from the course's first week, 0 included", () => {
    const { weeks } = courseWeekPlans(graph, { ...course(week('W0', ['c']), week('W1', ['f'])), firstWeek: 0 });
    expect(weeks.map((w) => w.number)).toEqual([0, 1]);
    expect(weeks[1]!.before.map((k) => [k.id, k.week])).toEqual([
      ['a', 0],
      ['c', 0],
    ]);
  });
});

/** A random DAG: edges only from higher to lower index (so no cycles), labels shuffled. */
const randomDag = fc
  .integer({ min: 1, max: 24 })
  .chain((n) =>
    fc.tuple(
      fc.constant(n),
      fc.array(fc.tuple(fc.nat(n - 1), fc.nat(n - 1)), { maxLength: n * 2 }),
      fc.shuffledSubarray(
        Array.from({ length: n }, (_, i) => i),
        { minLength: n, maxLength: n },
      ),
    ),
  )
  .map(([n, pairs, labels]) => {
    const spec: Record<string, string[]> = {};
    for (let i = 0; i < n; i++) spec[`n${labels[i]}`] = [];
    for (const [x, y] of pairs) if (x !== y) spec[`n${labels[Math.max(x, y)]}`]!.push(`n${labels[Math.min(x, y)]}`);
    return graphOf(spec);
  });

const randomCourse = (g: ConceptGraph) =>
  fc
    .array(fc.array(fc.constantFrom(...g.ids), { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 5 })
    .map((ws) => course(...ws.map((t, i) => week(`W${i + 1}`, t))));

describe('courseWeekPlans on random graphs', () => {
  it('weeks partition the plan for all targets, and each week replays from its spec', () => {
    fc.assert(
      fc.property(
        randomDag.chain((g) => fc.tuple(fc.constant(g), randomCourse(g), fc.subarray([...g.ids]))),
        ([g, c, known]) => {
          const { weeks, totals } = courseWeekPlans(g, c, new Set(known));
          const all = planFor(
            g,
            c.weeks.flatMap((w) => w.targets),
            new Set(known),
          );
          if (!all.ok) throw new Error(all.error.message);
          const union = weeks.flatMap((w) => stepIds(w.plan));
          expect(new Set(union).size).toBe(union.length);
          expect(new Set(union)).toEqual(new Set(stepIds(all.plan)));
          expect(totals.concepts).toBe(union.length);
          const learnt = new Set<string>(known);
          for (const w of weeks) {
            const expected = planFor(g, w.targets, learnt);
            expect(expected.ok && stepIds(expected.plan)).toEqual(stepIds(w.plan));
            for (const k of [...w.before, ...w.covered]) expect(learnt.has(k.id)).toBe(true);
            const replay = planFor(g, w.spec!.targets, new Set(w.spec!.known));
            expect(replay.ok && stepIds(replay.plan)).toEqual(stepIds(w.plan));
            for (const id of stepIds(w.plan)) learnt.add(id);
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});
