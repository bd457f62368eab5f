import type { ProgressState } from '../../core/progress';

/** What a body link's concept is to this learner; `missing` when the site has no such concept. */
export type LinkState = ProgressState | 'missing' | null;

const spoken: Record<NonNullable<LinkState>, string> = { known: ' (known)', learning: ' (learning)', missing: ' (not on this site)' };

/** Sets (or removes) the screen-reader text at the end of a link. */
function setSpoken(link: HTMLAnchorElement, text: string): void {
  let span = link.querySelector<HTMLSpanElement>(':scope > .link-spoken');
  if (!text) {
    span?.remove();
    return;
  }
  if (!span) {
    span = link.ownerDocument.createElement('span');
    span.className = 'sr-only link-spoken';
    link.append(span);
  }
  span.textContent = text;
}

/**
 * Marks each internal link in rendered HTML with its concept's state (`data-state`, styled as a
 * marker, plus words for screen readers) and says which links leave the site. Safe to run again
 * whenever states change: it only updates what it added.
 */
export function decorateLinks(root: HTMLElement, stateOf: (id: string) => LinkState): void {
  for (const link of root.querySelectorAll<HTMLAnchorElement>('a[data-concept]')) {
    const state = stateOf(link.dataset.concept ?? '');
    if (state) link.dataset.state = state;
    else delete link.dataset.state;
    setSpoken(link, state ? spoken[state] : '');
  }
  for (const link of root.querySelectorAll<HTMLAnchorElement>('a.link-external')) setSpoken(link, ' (external site)');
}
