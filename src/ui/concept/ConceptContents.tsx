import { useMemo } from 'react';
import { CONCEPT_SECTIONS } from '../../core/route';
import { useAppStore } from '../../store';
import { selectBodyHeadings } from '../../store';
import type { ConceptView } from '../../store';
import { selectHasNeighbours } from '../../store';
import { OnThisPage } from '../body/OnThisPage';

/**
 * "On this page" for a concept: its own sections in page order, with the headings of its notes
 * (once loaded) where the notes are.
 */
export function ConceptContents({ view }: { readonly view: ConceptView }) {
  const { concept } = view;
  const notes = useAppStore((s) => selectBodyHeadings(s, `concepts/${concept.id}`));
  const hasGraph = useAppStore((s) => selectHasNeighbours(s, concept.id));
  const hasGoals = concept.goals.length > 0;
  const hasResources = view.coreResources.length + view.supplementaryResources.length > 0;
  const headings = useMemo(
    () => [
      ...(hasGoals ? [CONCEPT_SECTIONS.goals] : []),
      CONCEPT_SECTIONS.prerequisites,
      ...notes,
      ...(hasResources ? [CONCEPT_SECTIONS.resources] : []),
      CONCEPT_SECTIONS.unlocks,
      ...(hasGraph ? [CONCEPT_SECTIONS.graph] : []),
    ],
    [hasGoals, notes, hasResources, hasGraph],
  );
  return <OnThisPage headings={headings} />;
}
