import { useEffect } from 'react';
import { useAppStore } from '../../store';

/**
 * Marks the document `data-ready` once the app is interactive and shows what the browser stored
 * (after hydrating a prerendered page, the learner's progress follows as an update): the moment a
 * script (or a browser test) can act on the page as the learner sees it.
 */
export function useReadyMark(): void {
  const restored = useAppStore((s) => s.restored);
  useEffect(() => {
    if (restored) document.documentElement.dataset.ready = '';
  }, [restored]);
}
