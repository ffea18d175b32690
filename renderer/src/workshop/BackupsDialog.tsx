// "Restore an earlier version": the saved versions Baton kept of this workshop, newest first. The
// version being replaced is kept too, so a restore can itself be undone the same way.
import { useEffect, useState } from 'react';
import type { WorkshopBackup } from '../../../shared/ipc/backups';
import { Dialog } from '../components/Dialog';
import { useAppStore } from '../store/appStore';

export function BackupsDialog({ workshopId, onClose }: { workshopId: string; onClose(): void }) {
  const api = useAppStore((s) => s.api);
  const flushSave = useAppStore((s) => s.flushSave);
  const loadWorkshop = useAppStore((s) => s.loadWorkshop);
  const notify = useAppStore((s) => s.notify);
  const [backups, setBackups] = useState<WorkshopBackup[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let current = true;
    // The list must include the version on screen, so pending edits are saved first.
    void flushSave()
      .then(() => api.listBackups({ id: workshopId }))
      .then((result) => {
        if (!current) return;
        if (result.ok) setBackups(result.value);
        else setError(result.error.message);
      });
    return () => {
      current = false;
    };
  }, [api, flushSave, workshopId]);

  async function restore(backup: WorkshopBackup) {
    const result = await api.restoreBackup({ id: workshopId, file: backup.file });
    if (!result.ok) return setError(result.error.message);
    onClose();
    await loadWorkshop(workshopId);
    notify('info', `Restored the version saved ${new Date(backup.savedAt).toLocaleString()}. The version it replaced is kept as a backup.`);
  }

  return (
    <Dialog
      title="Restore an earlier version"
      description="Baton keeps the last 10 saved versions of a workshop and one a day for 14 days. Restoring keeps the current version as a backup, so you can come back to it."
      onClose={onClose}
    >
      {error && (
        <p className="banner banner--warning" role="alert">
          {error}
        </p>
      )}
      {backups === null && !error && <p className="muted">Loading…</p>}
      {backups?.length === 0 && <p>No earlier versions yet: they appear as the workshop is saved.</p>}
      {backups && backups.length > 0 && (
        <ul className="backup-list" aria-label="Earlier versions">
          {backups.map((b) => (
            <li key={b.file}>
              <span>
                <strong>{new Date(b.savedAt).toLocaleString()}</strong>{' '}
                <span className="muted">
                  “{b.title}” · {b.notes} note{b.notes === 1 ? '' : 's'} · {Math.max(1, Math.round(b.bytes / 1024))} KB
                </span>
              </span>
              <button type="button" className="button button--small" onClick={() => void restore(b)} aria-label={`Restore the version saved ${new Date(b.savedAt).toLocaleString()}`}>
                Restore
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="form__actions">
        <button type="button" className="button" autoFocus onClick={onClose}>
          Close
        </button>
      </div>
    </Dialog>
  );
}
