import { useEffect, useRef, useState } from 'react';
import { useAppStore } from '../../store';
import { selectStateOf } from '../../store';
import { StateBadge } from '../common/StateBadge';
import { ConceptSummary } from '../common/TextWithMath';
import { useConceptDetail } from '../common/useConceptDetail';

const TOOLTIP_ID = 'concept-preview';
const WIDTH = 320;

interface Shown {
  readonly id: string;
  readonly link: HTMLAnchorElement;
  readonly top: number;
  readonly left: number;
}

function conceptLink(target: EventTarget | null): HTMLAnchorElement | null {
  const link = target instanceof Element ? target.closest('a[data-concept]') : null;
  return link instanceof HTMLAnchorElement && link.dataset.preview !== 'off' ? link : null;
}

/**
 * Previews a concept's title and summary when one of its links is hovered or focused, anywhere in
 * the app. The preview can itself be hovered, Escape dismisses it, and the link points to it with
 * `aria-describedby` while it shows (WCAG 1.4.13).
 */
export function LinkPreview() {
  const [shown, setShown] = useState<Shown | null>(null);
  const hideTimer = useRef<number | undefined>(undefined);
  const showTimer = useRef<number | undefined>(undefined);
  // The title is in the graph; the summary comes with the concept's data file, fetched on hover.
  const node = useAppStore((s) => {
    const i = shown ? s.graph.index.get(shown.id) : undefined;
    return i === undefined ? undefined : s.graph.concepts[i];
  });
  const concept = useConceptDetail(shown?.id);
  const state = useAppStore((s) => (shown ? selectStateOf(s, shown.id) : null));
  const href = useAppStore((s) => s.href);

  // A new page: whatever was previewed is gone.
  useEffect(() => setShown(null), [href]);

  useEffect(() => {
    const clear = () => {
      window.clearTimeout(hideTimer.current);
      window.clearTimeout(showTimer.current);
    };
    const show = (link: HTMLAnchorElement) => {
      clear();
      const rect = link.getBoundingClientRect();
      const left = Math.max(8, Math.min(rect.left + window.scrollX, window.scrollX + document.documentElement.clientWidth - WIDTH - 8));
      setShown({ id: link.dataset.concept ?? '', link, top: rect.bottom + window.scrollY + 6, left });
    };
    const hideSoon = () => {
      window.clearTimeout(showTimer.current);
      hideTimer.current = window.setTimeout(() => setShown(null), 200);
    };
    const onOver = (e: MouseEvent) => {
      const link = conceptLink(e.target);
      if (!link) return;
      window.clearTimeout(hideTimer.current);
      showTimer.current = window.setTimeout(() => show(link), 250);
    };
    const onOut = (e: MouseEvent) => {
      if (conceptLink(e.target)) hideSoon();
    };
    const onFocusIn = (e: FocusEvent) => {
      const link = conceptLink(e.target);
      if (link) show(link);
      else hideSoon();
    };
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') setShown(null);
    };
    document.addEventListener('mouseover', onOver);
    document.addEventListener('mouseout', onOut);
    document.addEventListener('focusin', onFocusIn);
    document.addEventListener('keydown', onKey);
    return () => {
      clear();
      document.removeEventListener('mouseover', onOver);
      document.removeEventListener('mouseout', onOut);
      document.removeEventListener('focusin', onFocusIn);
      document.removeEventListener('keydown', onKey);
    };
  }, []);

  // The link points to the preview while it shows.
  useEffect(() => {
    if (!shown) return;
    const { link } = shown;
    link.setAttribute('aria-describedby', TOOLTIP_ID);
    return () => link.removeAttribute('aria-describedby');
  }, [shown]);

  const title = concept?.title ?? node?.title;
  if (!shown || title === undefined) return null;
  return (
    <div
      id={TOOLTIP_ID}
      role="tooltip"
      className="preview"
      style={{ top: shown.top, left: shown.left, maxWidth: WIDTH }}
      onMouseEnter={() => window.clearTimeout(hideTimer.current)}
      onMouseLeave={() => setShown(null)}
    >
      <span className="preview-title">{title}</span>
      {state && <StateBadge state={state} />}
      {concept && (
        <span className="preview-summary">
          <ConceptSummary concept={concept} />
        </span>
      )}
    </div>
  );
}
