import { useState } from 'react';

/** Which study cards are open, and a way to open or close one. */
export interface StudyCards {
  isOpen(id: string): boolean;
  toggle(id: string): void;
}

/**
 * The open study cards of one plan page view. The next-up step's card is open until the learner
 * closes it; any card the learner opens or closes stays so for this page view, whichever step is
 * next up after a step is marked known.
 */
export function useStudyCards(nextUp: string | null): StudyCards {
  const [chosen, setChosen] = useState<ReadonlyMap<string, boolean>>(new Map());
  const isOpen = (id: string) => chosen.get(id) ?? id === nextUp;
  return {
    isOpen,
    toggle: (id) => setChosen((previous) => new Map(previous).set(id, !(previous.get(id) ?? id === nextUp))),
  };
}
