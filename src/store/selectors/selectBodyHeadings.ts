import type { BodyHeading } from '../../core/model';
import type { AppState } from '../AppState';

const noHeadings: readonly BodyHeading[] = [];

/** A body's `##` and `###` headings once it has loaded; one shared empty list until then. */
export function selectBodyHeadings(state: AppState, bodyKey: string): readonly BodyHeading[] {
  const entry = state.bodies[bodyKey];
  return entry?.status === 'ready' ? entry.body.headings : noHeadings;
}
