// Earlier versions of each document in `backups/<id>/`, one file per version named by when it was
// saved, written atomically before a save replaces it and pruned by the rule in
// shared/storage/backupNames.ts. A backup never changes once written.
import fs from 'node:fs';
import path from 'node:path';
import { backupFileName, backupsToKeep, newestFirst } from '../../shared/storage/backupNames';
import { atomicCopyFileSync } from './atomicWrite';

export interface BackupShelf {
  /**
   * Keeps the file a save is about to replace, if there is one, then prunes. Answers its backup
   * name. `savedAt` is that version's save time when the caller knows it; otherwise it is read
   * from the file.
   */
  keepPrevious(id: string, file: string, savedAt?: Date): string | null;
  /** A document's backup file names, newest first. */
  names(id: string): string[];
  pathOf(id: string, name: string): string;
}

const MAX_COPIES = 999;

function readIfExists(file: string): Buffer | null {
  try {
    return fs.readFileSync(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

/** When a stored version was saved: its `updatedAt`, else when its file was written. */
function savedAtOf(file: string, now: () => Date): Date {
  try {
    const at = new Date((JSON.parse(fs.readFileSync(file, 'utf8')) as { updatedAt?: unknown }).updatedAt as string);
    if (!Number.isNaN(at.getTime())) return at;
  } catch {
    // Not JSON (or gone): the file's own time is the best there is.
  }
  return fs.statSync(file, { throwIfNoEntry: false })?.mtime ?? now();
}

export function createBackupShelf(directory: string, now: () => Date): BackupShelf {
  const dirOf = (id: string) => path.join(directory, id);
  const pathOf = (id: string, name: string) => path.join(dirOf(id), name);

  function names(id: string): string[] {
    try {
      return newestFirst(fs.readdirSync(dirOf(id)));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
      throw error;
    }
  }

  function prune(id: string, justKept: string): void {
    const all = names(id);
    const keep = backupsToKeep(all, now());
    // The version just replaced stays at least until the next save, even if its time looks old.
    keep.add(justKept);
    for (const name of all) if (!keep.has(name)) fs.rmSync(pathOf(id, name), { force: true });
  }

  return {
    names,
    pathOf,
    keepPrevious(id, file, knownSavedAt) {
      const current = fs.statSync(file, { throwIfNoEntry: false });
      if (!current) return null;
      const savedAt = knownSavedAt ?? savedAtOf(file, now);
      fs.mkdirSync(dirOf(id), { recursive: true });
      for (let copy = 1; copy <= MAX_COPIES; copy++) {
        const name = backupFileName(savedAt, copy);
        const existing = fs.statSync(pathOf(id, name), { throwIfNoEntry: false });
        if (!existing) atomicCopyFileSync(file, pathOf(id, name));
        // Equal content: this version was kept already (a save stopped between backup and write).
        if (!existing || (existing.size === current.size && readIfExists(pathOf(id, name))?.equals(fs.readFileSync(file)))) {
          prune(id, name);
          return name;
        }
      }
      throw new Error(`More than ${MAX_COPIES} different backups of ${id} claim the same save time`);
    },
  };
}
