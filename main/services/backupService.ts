// Earlier versions of a workshop: list them, make one current again (the version it replaces is
// kept as a backup first, so a restore can itself be undone), and bring back a workshop whose file
// was set aside in quarantine from its latest good backup.
import type { WorkshopBackup } from '../../shared/ipc/backups';
import { fail, ok, type Result } from '../../shared/result';
import { countNotes, type WorkshopDocument } from '../../shared/workshop/schema';
import { laterTimestamp } from './changeTime';
import type { Clock, WorkshopCollection } from './workshopService';

export type BackupService = ReturnType<typeof createBackupService>;

export function createBackupService(collection: WorkshopCollection, clock: Clock) {
  // Backups never change once written, so a summary (or finding one unreadable) holds for good.
  const summaries = new Map<string, WorkshopBackup | null>();

  function list(id: string): Result<WorkshopBackup[]> {
    const items = collection.backups(id).flatMap(({ file, savedAt, bytes }) => {
      const key = `${id}/${file}`;
      if (!summaries.has(key)) {
        const doc = collection.readBackup(id, file);
        const summary = doc.ok ? { file, savedAt: savedAt.toISOString(), title: doc.value.title, bytes, notes: countNotes(doc.value) } : null;
        summaries.set(key, summary);
      }
      const summary = summaries.get(key);
      return summary ? [summary] : [];
    });
    return ok(items);
  }

  function restore(id: string, file: string): Result<WorkshopDocument> {
    const chosen = collection.readBackup(id, file);
    if (!chosen.ok) return chosen;
    // Reading the current file first sets it aside if it is broken, so it is never written over.
    const current = collection.get(id);
    const stillThere = collection.ids().includes(id);
    if (!current.ok && stillThere) return current;
    const restored: WorkshopDocument = {
      ...chosen.value,
      createdAt: current.ok ? current.value.createdAt : chosen.value.createdAt,
      // A new change time: a window still showing the replaced version gets a conflict, not an overwrite.
      updatedAt: laterTimestamp(current.ok ? current.value.updatedAt : chosen.value.updatedAt, clock.now()),
    };
    collection.put(restored);
    return ok(restored);
  }

  return {
    list,
    restore,
    /** Restores the newest backup that reads and validates, e.g. for a workshop set aside in quarantine. */
    restoreLatest(id: string): Result<WorkshopDocument> {
      const good = collection.backups(id).find(({ file }) => collection.readBackup(id, file).ok);
      return good ? restore(id, good.file) : fail('not-found', `There is no readable backup of workshop ${id} to restore.`);
    },
  };
}
