import { useMemo } from 'react';
import type { BodyHeading } from '../../core/content/Concept';
import { CONCEPT_SECTIONS } from '../../core/route/conceptSections';
import { useAppStore } from '../../store/AppStoreContext';
import type { ConceptView } from '../../store/selectors/selectConceptView';
import { OnThisPage } from '../body/OnThisPage';

const noHeadings: readonly BodyHeading[] = [];
const section = (id: string, text: string): BodyHeading => ({ id, text, depth: 2 });

/**
 * "On this page" for a concept: its own sections in page order, with the headings of its notes
 * (once loaded) where the notes are.
 */
export function ConceptContents({ view }: { readonly view: ConceptView }) {
  const { concept } = view;
  const notes = useAppStore((s) => {
    const entry = s.bodies[`concepts/${concept.id}`];
    return entry?.status === 'ready' ? entry.body.headings : noHeadings;
  });
  const hasGoals = concept.goals.length > 0;
  const hasResources = view.coreResources.length + view.supplementaryResources.length > 0;
  // The local graph is drawn when the concept has a prerequisite or something needs it.
  const hasGraph = view.prerequisites.length > 0 || view.unlocks.length > 0;
  const headings = useMemo(
    () => [
      ...(hasGoals ? [section(CONCEPT_SECTIONS.goals, 'Goals')] : []),
      section(CONCEPT_SECTIONS.prerequisites, 'Prerequisites'),
      ...notes,
      ...(hasResources ? [section(CONCEPT_SECTIONS.resources, 'Resources')] : []),
      section(CONCEPT_SECTIONS.unlocks, 'What it unlocks'),
      ...(hasGraph ? [section(CONCEPT_SECTIONS.graph, 'Around this concept')] : []),
    ],
    [hasGoals, notes, hasResources, hasGraph],
  );
  return <OnThisPage headings={headings} />;
}
