// "Saved" / "Saving…" for the open workshop, with the reason and a retry when a save failed.
import { useShallow } from 'zustand/react/shallow';
import { useAppStore } from '../store/appStore';

export function SaveIndicator() {
  const { status, error, flushSave, reload } = useAppStore(
    useShallow((s) => ({ status: s.saveStatus, error: s.saveError, flushSave: s.flushSave, reload: s.loadWorkshop })),
  );
  const id = useAppStore((s) => s.current?.id);
  if (status === 'error') {
    return (
      <div className="save-indicator save-indicator--error" role="alert">
        <span>Not saved: {error}</span>
        <button type="button" className="button button--quiet" onClick={() => void flushSave()}>
          Try again
        </button>
        {id && (
          <button type="button" className="button button--quiet" onClick={() => void reload(id)}>
            Reload saved version
          </button>
        )}
      </div>
    );
  }
  return (
    <span className="save-indicator" role="status" aria-live="polite">
      {status === 'saved' ? 'Saved' : 'Saving…'}
    </span>
  );
}
