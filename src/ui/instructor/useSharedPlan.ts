import { useMemo } from 'react';
import type { PlanResult, PlanSpec } from '../../core/planner';
import { planFor } from '../../core/planner';
import { useAppStore } from '../../store';

/**
 * The plan a spec describes for anyone: its targets with only its own assumed-known concepts
 * known (not the viewer's progress). `null` while the spec names no target.
 */
export function useSharedPlan(spec: PlanSpec | null): PlanResult | null {
  const graph = useAppStore((s) => s.graph);
  return useMemo(() => (spec && spec.targets.length > 0 ? planFor(graph, spec.targets, new Set(spec.known)) : null), [graph, spec]);
}
