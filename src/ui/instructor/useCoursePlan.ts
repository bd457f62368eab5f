import { useMemo } from 'react';
import type { CourseMeta } from '../../core/model';
import type { CoursePlan } from '../../core/export';
import { courseWeekPlans } from '../../core/export';
import { useAppStore } from '../../store';

/** A course's week plans, the same for every viewer (progress is shown on top, not planned in). */
export function useCoursePlan(course: CourseMeta | undefined): CoursePlan | null {
  const graph = useAppStore((s) => s.graph);
  return useMemo(() => (course ? courseWeekPlans(graph, course) : null), [graph, course]);
}
