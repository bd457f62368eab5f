import { useEffect, useRef } from 'react';
import type { EmbedProgress } from './useEmbedProgress';

const NEW_TAB = { target: '_blank', rel: 'noopener' } as const;

/** Why the progress cannot be shown, for each reason. */
const unavailable = (why: 'unsupported' | 'refused' | 'no-storage', site: string): string =>
  ({
    unsupported: `this browser keeps ${site}’s storage apart inside other sites’ pages`,
    refused: `your browser did not let this embed read what you saved on ${site}`,
    'no-storage': `this browser lets an embed read ${site}’s cookies but not what you saved there`,
  })[why];

/**
 * Says plainly whether the embed shows the learner's progress: when it cannot, why, with a link
 * that opens the plan on the site (and, where the browser may grant it, a button to ask). Nothing
 * while the store's progress is the site's own. Announced politely as it changes.
 */
export function EmbedProgressNotice({
  progress,
  ask,
  siteTitle,
  planHref,
}: {
  readonly progress: EmbedProgress;
  readonly ask: () => void;
  readonly siteTitle: string;
  readonly planHref: string;
}) {
  const message = useRef<HTMLParagraphElement>(null);
  const answered = (progress.kind === 'granted' || progress.kind === 'unavailable') && progress.asked;
  useEffect(() => {
    // The button that was clicked is gone; keep the keyboard on its answer.
    if (answered) message.current?.focus({ preventScroll: true });
  }, [answered]);

  if (progress.kind === 'own') return null;
  const openOnSite = (
    <a href={planHref} {...NEW_TAB}>
      Open this plan on {siteTitle} <span className="sr-only">(opens in a new tab)</span>
    </a>
  );
  return (
    <div className="embed-access" aria-live="polite">
      {progress.kind === 'granted' && (
        <p ref={message} tabIndex={-1} className="embed-access-granted">
          Showing your progress from {siteTitle}.
        </p>
      )}
      {progress.kind === 'ask' && (
        <>
          <p>
            Your progress is not shown here: your browser keeps {siteTitle}’s storage apart inside other sites’ pages. It can let this embed
            read it if you ask.
          </p>
          <p className="embed-access-actions">
            <button
              type="button"
              className="button button-small"
              aria-disabled={progress.asking}
              onClick={() => {
                if (!progress.asking) ask();
              }}
            >
              {progress.asking ? 'Asking your browser…' : 'Show my progress'}
            </button>{' '}
            or {openOnSite}
          </p>
        </>
      )}
      {progress.kind === 'unavailable' && (
        <p ref={message} tabIndex={-1}>
          Your progress cannot be shown here: {unavailable(progress.why, siteTitle)}. {openOnSite} to see it.
        </p>
      )}
    </div>
  );
}
