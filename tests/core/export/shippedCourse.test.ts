import { describe, expect, it } from 'vitest';
import { loadContent } from '../../../src/node/content/loadContent';
import { compile } from '../../../src/core/compile/compile';
import { courseLength } from '../../../src/core/export/courseLength';
import { courseToMarkdown } from '../../../src/core/export/courseToMarkdown';
import { courseWeekPlans } from '../../../src/core/export/courseWeekPlans';
import { planFor } from '../../../src/core/planner/planFor';

describe('the shipped course', () => {
  it('compiles cleanly and plans every week, each concept in one week', async () => {
    const { courses, graph, diagnostics } = compile(await loadContent('content'), { render: false });
    expect(diagnostics.filter((d) => d.file.startsWith('courses/'))).toEqual([]);
    const course = courses.find((c) => c.id === 'deep-learning-reading-course');
    // Week 0 of mathematical groundwork, then the ten weeks.
    expect(course?.weeks).toHaveLength(11);
    expect(course?.firstWeek).toBe(0);
    const { weeks, totals } = courseWeekPlans(graph, course!);
    expect(weeks.map((w) => w.number)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    for (const w of weeks) {
      expect(w.week.title).toMatch(new RegExp(`^Week ${w.number}: `));
      expect(w.unknown).toEqual([]);
      expect(w.plan.steps.length).toBeGreaterThan(0);
      if (w.number > 0) expect(w.before.length).toBeGreaterThan(0);
    }
    // Its title says "ten-week": listed and exported the same way.
    expect(course!.title).toContain('ten-week');
    expect(courseLength(course!)).toBe('week 0 + 10 weeks');
    expect(courseToMarkdown(course!, { weeks, totals }, 'https://site.example/')).toContain('- Weeks: 0–10\n');
    const all = planFor(
      graph,
      course!.weeks.flatMap((w) => w.targets),
      new Set(),
    );
    expect(all.ok && all.plan.totals.concepts).toBe(totals.concepts);
  });
});
