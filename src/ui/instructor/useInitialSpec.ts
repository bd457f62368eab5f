import { useState } from 'react';
import type { PlanSpec } from '../../core/planner';
import { decodePlanUrl } from '../../core/planner';
import { useAppStoreApi } from '../../store';

const EMPTY: PlanSpec = { targets: [], known: [] };

/**
 * The plan the builder starts from: the one in `?from=<plan URL>` ("edit a copy"), else an empty
 * one. Read once, on the first render; a link that does not decode starts empty, with its reason.
 */
export function useInitialSpec(): { readonly spec: PlanSpec; readonly problem: string | null } {
  const store = useAppStoreApi();
  const [initial] = useState(() => {
    const { href, graph } = store.getState();
    const query = href.includes('?') ? href.slice(href.indexOf('?') + 1) : '';
    const from = new URLSearchParams(query).get('from');
    if (!from) return { spec: EMPTY, problem: null };
    const decoded = decodePlanUrl(from, graph);
    return decoded.ok ? { spec: decoded.spec, problem: decoded.warnings.join(' ') || null } : { spec: EMPTY, problem: decoded.message };
  });
  return initial;
}
