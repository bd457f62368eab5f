import { useEffect, useRef, useState } from 'react';
import { useAppStore } from '../../store';
import { plural } from '../../core/text';

/** Reset with a confirmation step; focus moves to the safe choice. */
export function ResetProgress() {
  const states = useAppStore((s) => Object.keys(s.progress.states).length);
  const plans = useAppStore((s) => s.progress.plans.length);
  const reset = useAppStore((s) => s.resetProgress);
  const [confirming, setConfirming] = useState(false);
  const [done, setDone] = useState(false);
  const cancel = useRef<HTMLButtonElement>(null);
  const start = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (confirming) cancel.current?.focus();
  }, [confirming]);

  return (
    <section aria-labelledby="reset-heading">
      <h2 id="reset-heading">Start over</h2>
      {confirming ? (
        <div className="confirm" role="group" aria-labelledby="reset-question">
          <p id="reset-question">
            Delete {plural(states, 'state')} and {plural(plans, 'saved plan')} from this browser? Export first if you may want them back.
          </p>
          <div className="page-actions">
            <button
              type="button"
              className="button button-danger"
              onClick={() => {
                reset();
                setConfirming(false);
                setDone(true);
                requestAnimationFrame(() => start.current?.focus());
              }}
            >
              Yes, reset my progress
            </button>
            <button
              ref={cancel}
              type="button"
              className="button"
              onClick={() => {
                setConfirming(false);
                requestAnimationFrame(() => start.current?.focus());
              }}
            >
              Cancel
            </button>
          </div>
        </div>
      ) : (
        <button
          ref={start}
          type="button"
          className="button"
          onClick={() => {
            setDone(false);
            setConfirming(true);
          }}
        >
          Reset progress…
        </button>
      )}
      <p role="status">{done ? 'Your progress was reset.' : ''}</p>
    </section>
  );
}
