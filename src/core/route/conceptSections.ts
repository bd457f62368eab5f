/**
 * The anchor ids of a concept page's own sections, in page order. A heading in the concept's
 * notes with one of these names gets another id (`goals-1`), so anchors never collide.
 */
export const CONCEPT_SECTIONS = {
  goals: 'goals',
  prerequisites: 'prerequisites',
  resources: 'resources',
  unlocks: 'unlocks',
  graph: 'local-graph-heading',
} as const;
