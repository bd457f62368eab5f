import { useRef, useState } from 'react';
import { useAppStore } from '../../store';
import { plural } from '../../core/text';
import { downloadText } from '../common/downloadText';

/** Reads a chosen file as text (FileReader works in every browser and test DOM). */
function readText(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error ?? new Error('unreadable'));
    reader.readAsText(file);
  });
}

/** Export progress to a JSON file and import one, merging it into what is here. */
export function ProgressTransfer() {
  const exportProgress = useAppStore((s) => s.exportProgress);
  const importProgress = useAppStore((s) => s.importProgress);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const input = useRef<HTMLInputElement>(null);

  async function onFile(file: File | undefined) {
    if (!file) return;
    let text: string;
    try {
      text = await readText(file);
    } catch {
      setMessage({ ok: false, text: 'Nothing was imported: the file could not be read.' });
      return;
    }
    const outcome = importProgress(text);
    setMessage(
      outcome.ok
        ? {
            ok: true,
            text: `Imported: ${plural(outcome.added, 'new state')}, ${plural(outcome.upgraded, 'concept')} now known, ${plural(outcome.plansAdded, 'plan')} added.`,
          }
        : { ok: false, text: `Nothing was imported: ${outcome.reason}.` },
    );
    if (input.current) input.current.value = '';
  }

  return (
    <section aria-labelledby="transfer-heading">
      <h2 id="transfer-heading">Move your progress</h2>
      <p>
        Your progress lives in this browser only. To move it to another browser or keep a copy, export it as a file and import that file
        there. Importing merges: nothing you have here is lost, and “known” wins over “learning”.
      </p>
      <div className="page-actions">
        <button
          type="button"
          className="button"
          onClick={() => downloadText(`progress-${new Date().toISOString().slice(0, 10)}.json`, exportProgress(), 'application/json')}
        >
          Export progress
        </button>
        <label className="button file-button">
          Import progress…
          <input
            ref={input}
            type="file"
            accept="application/json,.json"
            className="sr-only"
            onChange={(e) => void onFile(e.currentTarget.files?.[0])}
          />
        </label>
      </div>
      <p role="status" className={message && !message.ok ? 'status-error' : 'status-ok'}>
        {message?.text}
      </p>
    </section>
  );
}
