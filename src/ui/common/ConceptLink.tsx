import type { ReactNode } from 'react';
import { hrefFor } from '../../core/route';
import { useAppStore } from '../../store';
import { selectStateOf } from '../../store';
import { useAppHref } from './useAppHref';

/**
 * A red internal link to a concept, carrying the concept's state (a marker for the eye, words for
 * screen readers) and the `data-concept` hook that the hover preview listens for.
 */
export function ConceptLink({
  id,
  children,
  preview = true,
}: {
  readonly id: string;
  readonly children: ReactNode;
  readonly preview?: boolean;
}) {
  const state = useAppStore((s) => selectStateOf(s, id));
  const appHref = useAppHref();
  return (
    <a
      href={appHref(hrefFor({ kind: 'concept', id }))}
      className="link-internal"
      data-concept={id}
      data-state={state ?? undefined}
      data-preview={preview ? undefined : 'off'}
    >
      {children}
      {state && <span className="sr-only"> ({state})</span>}
    </a>
  );
}
