import { useId, useState } from 'react';

/**
 * Copies `text` to the clipboard and says so. Where the clipboard is refused (no permission, an
 * insecure page), the text appears in a selected field to copy by hand.
 */
export function CopyButton({
  text,
  label,
  done = 'Copied.',
}: {
  readonly text: string | (() => string);
  readonly label: string;
  readonly done?: string;
}) {
  const [outcome, setOutcome] = useState<{ ok: boolean; text: string } | null>(null);
  const fieldId = useId();

  async function copy() {
    const value = typeof text === 'function' ? text() : text;
    try {
      await navigator.clipboard.writeText(value);
      setOutcome({ ok: true, text: value });
    } catch {
      setOutcome({ ok: false, text: value });
    }
  }

  return (
    <span className="copy-button">
      <button type="button" className="button button-small" onClick={() => void copy()}>
        {label}
      </button>
      <span role="status" className="action-status">
        {outcome?.ok ? done : ''}
      </span>
      {outcome && !outcome.ok && (
        <span className="copy-fallback">
          <label htmlFor={fieldId}>The clipboard is not available here; copy this instead:</label>
          <textarea id={fieldId} readOnly rows={3} value={outcome.text} onFocus={(e) => e.currentTarget.select()} />
        </span>
      )}
    </span>
  );
}
