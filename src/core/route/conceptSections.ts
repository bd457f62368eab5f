import type { BodyHeading } from '../model';

const section = (id: string, text: string): BodyHeading => ({ id, text, depth: 2 });

/**
 * A concept page's own sections, in page order: each heading's anchor id and text, for the page
 * and its "On this page" alike. A heading in the concept's notes with one of these ids gets
 * another (`goals-1`), so anchors never collide.
 */
export const CONCEPT_SECTIONS = {
  goals: section('goals', 'Goals'),
  prerequisites: section('prerequisites', 'Prerequisites'),
  resources: section('resources', 'Resources'),
  unlocks: section('unlocks', 'What it unlocks'),
  graph: section('local-graph-heading', 'Around this concept'),
} as const;
