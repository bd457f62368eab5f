import { useAppStore } from '../../store';

/** "Marked X as known. Undo", while that is still the last change made. */
export function UndoBar({ id, title, onUndo }: { readonly id: string | null; readonly title: string; readonly onUndo: () => void }) {
  const change = useAppStore((s) => s.lastChange);
  const undo = useAppStore((s) => s.undo);
  const active = id !== null && change?.id === id && change.next === 'known';
  return (
    <div className="undo-bar" role="status" data-active={active || undefined}>
      {active && (
        <>
          <span>
            Marked <strong>{title}</strong> as known.
          </span>
          <button
            type="button"
            className="button button-small"
            onClick={() => {
              undo();
              onUndo();
            }}
          >
            Undo
          </button>
        </>
      )}
    </div>
  );
}
