// Earlier versions of each document in `backups/<id>/`, one file per version named by when it was
// saved, kept before a save replaces it and pruned by the rule in shared/storage/backupNames.ts:
// a number of versions, and a size budget that drops the oldest first.
// A backup is a hard link to the file it keeps (a copy where links are not supported): saves
// replace a store file with a new one and never write into it, so the kept content never changes
// and keeping it costs no copy and no flush.
import fs from 'node:fs';
import path from 'node:path';
import { backupBudgetBytes, backupFileName, backupsToKeep, backupsWithinBudget, newestFirst } from '../../shared/storage/backupNames';
import { linkOrCopyFileSync } from './atomicWrite';

export interface BackupShelf {
  /**
   * Keeps the file a save is about to replace, if there is one, then prunes. Answers its backup
   * name. `savedAt` is that version's save time when the caller knows it; otherwise it is read
   * from the file. `stats` are the file's, as the caller has just looked (null: there is none).
   */
  keepPrevious(id: string, file: string, savedAt: Date | undefined, stats: fs.Stats | null): string | null;
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

/** The size of the disk holding `directory`, or null where the system does not say. */
function diskBytes(directory: string): number | null {
  try {
    const { blocks, bsize } = fs.statfsSync(directory);
    return blocks * bsize;
  } catch {
    return null;
  }
}

export function createBackupShelf(directory: string, now: () => Date, options: { budgetBytes?: number } = {}): BackupShelf {
  let budget = options.budgetBytes;
  const budgetBytes = () => (budget ??= backupBudgetBytes(diskBytes(path.dirname(directory))));
  // A backup never changes once kept, so its size is looked up once.
  const sizes = new Map<string, number>();
  const sizeOf = (id: string, name: string) => {
    const file = pathOf(id, name);
    let bytes = sizes.get(file);
    if (bytes === undefined) sizes.set(file, (bytes = fs.statSync(file, { throwIfNoEntry: false })?.size ?? 0));
    return bytes;
  };
  const dirOf = (id: string) => path.join(directory, id);
  const pathOf = (id: string, name: string) => path.join(dirOf(id), name);

  // Only this process writes here (dataDirLock.ts keeps others out), so a folder listed once is
  // then kept up to date in memory: a save no longer reads and parses the folder twice.
  const listed = new Map<string, string[]>();

  function names(id: string): string[] {
    let known = listed.get(id);
    if (!known) {
      try {
        known = newestFirst(fs.readdirSync(dirOf(id)));
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
        known = [];
      }
      listed.set(id, known);
    }
    return [...known];
  }

  /** Keeps `file` as `target`; false when `target` turns out to exist already. */
  function keep(file: string, target: string): boolean {
    try {
      linkOrCopyFileSync(file, target);
      return true;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'EEXIST') return false;
      if (code !== 'ENOENT') throw error;
      // The document's folder does not exist yet (or was removed by hand).
      fs.mkdirSync(path.dirname(target), { recursive: true });
      linkOrCopyFileSync(file, target);
      return true;
    }
  }

  function prune(id: string, justKept: string): void {
    const before = names(id);
    const all = before.includes(justKept) ? before : newestFirst([justKept, ...before]);
    const byRule = backupsToKeep(all, now());
    // The version just replaced stays at least until the next save, even if its time looks old.
    byRule.add(justKept);
    const newest = [justKept, ...all.filter((name) => name !== justKept && byRule.has(name))];
    const keep = backupsWithinBudget(
      newest.map((name) => ({ name, bytes: sizeOf(id, name) })),
      budgetBytes(),
    );
    if (keep.size === all.length) return void listed.set(id, all);
    listed.set(id, all.filter((name) => keep.has(name)));
    // In the background: freeing an old version's blocks took a sixth of a big workshop's save
    // (npm run bench), and nothing waits for it. A removal that does not happen (the app quits
    // first, or it fails) leaves one backup too many, pruned when the folder is next listed.
    for (const name of all) {
      if (keep.has(name)) continue;
      sizes.delete(pathOf(id, name));
      fs.unlink(pathOf(id, name), () => undefined);
    }
  }

  return {
    names,
    pathOf,
    keepPrevious(id, file, knownSavedAt, current) {
      if (!current) return null;
      const savedAt = knownSavedAt ?? savedAtOf(file, now);
      const kept = new Set(names(id));
      /** Whether `name` now keeps `file`: newly made, or already holding its content. */
      const keptAs = (name: string): boolean => {
        const target = pathOf(id, name);
        // The folder's list is known (see names), so a new name needs no look on disk first.
        if (!kept.has(name) && keep(file, target)) return true;
        const existing = fs.statSync(target, { throwIfNoEntry: false });
        if (!existing) return keep(file, target);
        // Equal content: this version was kept already (a save stopped between backup and write).
        return existing.size === current.size && readIfExists(target)?.equals(fs.readFileSync(file)) === true;
      };
      for (let copy = 1; copy <= MAX_COPIES; copy++) {
        const name = backupFileName(savedAt, copy);
        if (keptAs(name)) {
          prune(id, name);
          return name;
        }
      }
      throw new Error(`More than ${MAX_COPIES} different backups of ${id} claim the same save time`);
    },
  };
}
