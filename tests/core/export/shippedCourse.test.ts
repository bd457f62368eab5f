import { describe, expect, it } from 'vitest';
import { loadContent } from '../../../src/build/loadContent';
import { compile } from '../../../src/core/compile';
import { courseWeekPlans } from '../../../src/core/export/courseWeekPlans';
import { planFor } from '../../../src/core/planner/planFor';

describe('the shipped course', () => {
  it('compiles cleanly and plans every week, each concept in one week', async () => {
    const { courses, graph, diagnostics } = compile(await loadContent('content'), { render: false });
    expect(diagnostics.filter((d) => d.file.startsWith('courses/'))).toEqual([]);
    const course = courses.find((c) => c.id === 'deep-learning-reading-course');
    expect(course?.weeks).toHaveLength(10);
    const { weeks, totals } = courseWeekPlans(graph, course!);
    for (const w of weeks) {
      expect(w.unknown).toEqual([]);
      expect(w.plan.steps.length).toBeGreaterThan(0);
      if (w.number > 1) expect(w.before.length).toBeGreaterThan(0);
    }
    const all = planFor(graph, course!.weeks.flatMap((w) => w.targets), new Set());
    expect(all.ok && all.plan.totals.concepts).toBe(totals.concepts);
  });
});
