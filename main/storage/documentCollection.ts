// A folder of JSON documents, one store file per document (`<folder>/<id>.json`), migrated and
// validated on every read. A file that does not parse or validate is moved to `quarantine/` and
// reported; one written by a newer Baton is reported and left exactly where it is. Reading never
// writes: a migrated document reaches disk with its next real save, which first keeps the old file
// as a backup, so opening (or listing) never changes files an older Baton could still read.
//
// One writer per file: every change to a document file happens inside one synchronous call here
// (`put`, `remove`, or a read that sets a broken file aside). Node runs such a call to its end
// before any other JavaScript, so two writes of one file never interleave within a process; the
// data-folder lock (dataDirLock.ts) keeps every other process out.
import fs from 'node:fs';
import path from 'node:path';
import type { z } from 'zod';
import type { StorageProblem } from '../../shared/ipc/problems';
import { fail, ok, type BatonError, type Result } from '../../shared/result';
import { backupSavedAt, fileStamp } from '../../shared/storage/backupNames';
import type { DocumentKind } from '../../shared/storage/migrations';
import { createBackupShelf, type BackupShelf } from './backupShelf';
import { deepFreeze } from './deepFreeze';
import { createDocumentReader } from './documentReader';
import type { KeyValueStore, OpenStore } from './keyValueStore';
import { createQuarantine, type Quarantine } from './quarantine';

export interface StoredBackup {
  /** File name inside `backups/<id>/`. */
  file: string;
  savedAt: Date;
  bytes: number;
}

export interface DocumentCollection<T extends { id: string }> {
  /** Absolute path of the folder. */
  readonly directory: string;
  ids(): string[];
  get(id: string): Result<T>;
  /**
   * Readies the next save of a document just opened: the bytes of all its parts are worked out
   * now, when nobody waits, so the first autosave only redoes what changed (npm run bench).
   */
  prepareSave(id: string): void;
  /** Every readable document projected through `project`, plus the files that could not be read. */
  list<S>(project: (doc: T) => S): { items: S[]; problems: StorageProblem[] };
  /** Writes the document; with backups on, the version it replaces is kept first. */
  put(doc: T): void;
  /** Moves the file to `trash/` (never deletes it), so a mistaken delete can be undone by hand. */
  remove(id: string): Result<{ id: string }>;
  /** Earlier versions kept in `backups/<id>/`, newest first (empty when backups are off). */
  backups(id: string): StoredBackup[];
  /** One earlier version, migrated and validated; only a name `backups(id)` lists is accepted. */
  readBackup(id: string, file: string): Result<T>;
}

interface CollectionOptions<S extends z.ZodType<{ id: string }>> {
  dataDir: string;
  folder: string;
  schema: S;
  openStore: OpenStore;
  /** Used in messages: "Workshop … was not found". */
  label: string;
  now?: () => Date;
  log?: (message: string) => void;
  /** Migrations for this kind of document; without it, files are validated as they are. */
  kind?: DocumentKind;
  /** Keep earlier versions in `backups/<id>/` (see shared/storage/backupNames.ts for the rule). */
  keepBackups?: boolean;
  quarantine?: Quarantine;
}

const ID_FILE = /^([a-z0-9][a-z0-9-]{7,63})\.json$/;

/** A document's own save time, when it has one. */
function updatedAtOf(doc: { id: string }): Date | undefined {
  const at = (doc as { updatedAt?: unknown }).updatedAt;
  const date = typeof at === 'string' ? new Date(at) : undefined;
  return date && !Number.isNaN(date.getTime()) ? date : undefined;
}

/** Ends a message with a full stop unless it already ends a sentence. */
const sentence = (text: string) => (/[.!?]$/.test(text) ? text : `${text}.`);

export function createDocumentCollection<S extends z.ZodType<{ id: string }>>(
  options: CollectionOptions<S>,
): DocumentCollection<z.output<S>> {
  type T = z.output<S>;
  const { dataDir, folder, schema, openStore, label } = options;
  const now = options.now ?? (() => new Date());
  const log = options.log ?? ((message: string) => console.warn(message));
  const directory = path.join(dataDir, folder);
  const reader = createDocumentReader(schema, label, options.kind);
  const quarantine = options.quarantine ?? createQuarantine(dataDir, now);
  const shelf: BackupShelf | null = options.keepBackups ? createBackupShelf(path.join(dataDir, 'backups'), now) : null;
  const stores = new Map<string, KeyValueStore>();
  // A listing re-reads a file only when its stamp (stampOf) changed. Each projection has its own cache.
  const projections = new WeakMap<(doc: T) => unknown, Map<string, { stamp: string; value: unknown }>>();
  const writes = new Map<string, number>();
  const touch = (id: string) => writes.set(id, (writes.get(id) ?? 0) + 1);
  // Backups and quarantined files never change once written, so what is learnt about them holds.
  const backupReadable = new Map<string, boolean>();
  const quarantineReasons = new Map<string, string>();
  // Ids with copies in quarantine/ not yet resolved, read from disk once: every save would
  // otherwise look there, for a folder that is nearly always empty.
  let withQuarantinedCopies: Set<string> | null = null;
  const quarantinedIds = () => (withQuarantinedCopies ??= new Set(quarantine.open(folder).map((q) => q.original)));
  // The document last read or written per id, with its file's stamp then: reading an unchanged
  // file again (every save checks the stored version first) skips parsing and validating it.
  // Documents are never changed in place (each is frozen, deepFreeze.ts), so handing out the same
  // object is safe.
  const known = new Map<string, { stamp: string; doc: T }>();
  function cacheFor(project: (doc: T) => unknown) {
    let cache = projections.get(project);
    if (!cache) projections.set(project, (cache = new Map()));
    return cache;
  }

  const relative = (id: string) => `${folder}/${id}.json`;
  const fileOf = (id: string) => path.join(directory, `${id}.json`);
  const notFound = (id: string) => fail('not-found', `${label} ${id} was not found.`);

  function storeOf(id: string): KeyValueStore {
    let store = stores.get(id);
    if (!store) {
      store = openStore({ directory, name: id });
      stores.set(id, store);
    }
    return store;
  }

  function setAside(id: string, error: BatonError): Result<never> {
    let moved: string;
    try {
      moved = quarantine.move(relative(id));
    } catch (moveError) {
      // Held open elsewhere (an antivirus on Windows): report it where it is and try again next time.
      return fail('storage', `${sentence(error.message)} It could not be moved to quarantine/: ${(moveError as Error).message}`, error.issues);
    }
    stores.delete(id);
    known.delete(id);
    touch(id);
    quarantineReasons.set(moved, error.message);
    quarantinedIds().add(id);
    log(`Moved ${relative(id)} to ${moved}: ${error.message}`);
    return fail('storage', `${sentence(error.message)} It was moved to ${moved}.`, error.issues);
  }

  /**
   * What identifies one version of a file: an atomic write always makes a new file (new inode),
   * and our own write count tells apart two writes in one millisecond. Null when there is no file.
   */
  function stampOf(id: string, stat: fs.Stats | null | undefined = fs.statSync(fileOf(id), { throwIfNoEntry: false })): string | null {
    return stat ? `${stat.size}:${stat.mtimeMs}:${stat.ino}:${writes.get(id) ?? 0}` : null;
  }

  function read(id: string): Result<T> {
    const stamp = stampOf(id);
    if (stamp === null) return notFound(id);
    const cached = known.get(id);
    if (cached?.stamp === stamp) return ok(cached.doc);
    let raw: unknown;
    try {
      raw = storeOf(id).read();
    } catch (error) {
      stores.delete(id);
      const message = (error as Error).message;
      // Only a file that does not parse is broken; a failed read (permissions, disk) is not its fault.
      if (!(error instanceof SyntaxError)) return fail('storage', `${relative(id)} could not be read: ${message}`);
      return setAside(id, { code: 'storage', message: `${relative(id)} is not valid JSON: ${message}` });
    }
    const checked = reader.fromValue(raw, relative(id));
    // The stamp was taken before reading: if the file changed in between, the next read sees a
    // new stamp and reads again, so a stale document is never served.
    if (checked.ok) known.set(id, { stamp, doc: deepFreeze(checked.value) });
    if (checked.ok || checked.error.code === 'newer-version') return checked;
    // The store answers {} for a file that vanished since the check above: missing is not broken.
    if (!fs.existsSync(fileOf(id))) return notFound(id);
    return setAside(id, checked.error);
  }

  function ids(): string[] {
    if (!fs.existsSync(directory)) return [];
    return fs
      .readdirSync(directory)
      .map((name) => ID_FILE.exec(name)?.[1])
      .filter((id): id is string => id !== undefined);
  }

  function backups(id: string): StoredBackup[] {
    if (!shelf) return [];
    return shelf.names(id).flatMap((file) => {
      const stat = fs.statSync(shelf.pathOf(id, file), { throwIfNoEntry: false });
      return stat ? [{ file, savedAt: backupSavedAt(file)!, bytes: stat.size }] : [];
    });
  }

  function readBackup(id: string, file: string): Result<T> {
    if (!shelf || !shelf.names(id).includes(file)) return fail('not-found', `There is no backup ${file} of ${label.toLowerCase()} ${id}.`);
    const what = `backups/${id}/${file}`;
    const result = reader.fromText(fs.readFileSync(shelf.pathOf(id, file), 'utf8'), what);
    if (result.ok && result.value.id !== id) return fail('storage', `${what} holds another ${label.toLowerCase()} (${result.value.id}).`);
    return result;
  }

  function hasReadableBackup(id: string): boolean {
    return backups(id).some(({ file }) => {
      const key = `${id}/${file}`;
      if (!backupReadable.has(key)) backupReadable.set(key, readBackup(id, file).ok);
      return backupReadable.get(key);
    });
  }

  /** Files set aside from this folder, one per document (the latest), unless it reads again. */
  function quarantineProblems(readable: Set<string>): StorageProblem[] {
    const seen = new Set<string>();
    const open = quarantine.open(folder);
    withQuarantinedCopies = new Set(open.map((q) => q.original));
    return open.flatMap(({ file: quarantined, original: id }) => {
      if (seen.has(id) || readable.has(id)) return [];
      seen.add(id);
      let reason = quarantineReasons.get(quarantined);
      if (reason === undefined) {
        const again = reader.fromText(fs.readFileSync(path.join(dataDir, quarantined), 'utf8'), relative(id));
        reason = again.ok ? `${relative(id)} could not be read earlier` : again.error.message;
        quarantineReasons.set(quarantined, reason);
      }
      const message = `${sentence(reason)} It was moved to ${quarantined}.`;
      if (!shelf) return [{ file: relative(id), id, reason, quarantined, message }];
      const hasBackup = hasReadableBackup(id);
      const remedy = hasBackup ? 'Its latest backup can be restored.' : 'There is no backup of it to restore.';
      return [{ file: relative(id), id, reason, quarantined, hasBackup, message: `${message} ${remedy}` }];
    });
  }

  return {
    directory,
    ids,
    get: read,
    prepareSave(id: string) {
      const cached = known.get(id);
      if (cached && cached.stamp === stampOf(id)) storeOf(id).prepare(cached.doc as Record<string, unknown>);
    },
    list<P>(project: (doc: T) => P) {
      const items: P[] = [];
      const problems: StorageProblem[] = [];
      const readable = new Set<string>();
      const cache = cacheFor(project);
      for (const id of ids()) {
        const stamp = stampOf(id);
        if (stamp === null) continue;
        const cached = cache.get(id);
        if (cached?.stamp === stamp) {
          items.push(cached.value as P);
          readable.add(id);
          continue;
        }
        const result = read(id);
        if (result.ok) {
          const value = project(result.value);
          cache.set(id, { stamp, value });
          items.push(value);
          readable.add(id);
        } else if (fs.existsSync(fileOf(id))) {
          // Left in place (newer version, or a read error): reported as it is. A file set aside
          // is reported from the quarantine below, with its remedy.
          log(`Skipped ${relative(id)}: ${result.error.message}`);
          problems.push({ file: relative(id), id, reason: result.error.message, message: result.error.message });
        }
      }
      problems.push(...quarantineProblems(readable));
      return { items, problems };
    },
    put(doc: T) {
      if (shelf) {
        // The version about to be replaced, when it is the one we last read or wrote, tells its
        // save time without reading the file again.
        const previous = known.get(doc.id);
        const stat = fs.statSync(fileOf(doc.id), { throwIfNoEntry: false }) ?? null;
        const savedAt = previous && previous.stamp === stampOf(doc.id, stat) ? updatedAtOf(previous.doc) : undefined;
        shelf.keepPrevious(doc.id, fileOf(doc.id), savedAt, stat);
      }
      storeOf(doc.id).write(doc as Record<string, unknown>);
      touch(doc.id);
      const stamp = stampOf(doc.id);
      if (stamp) known.set(doc.id, { stamp, doc });
      if (!quarantinedIds().has(doc.id)) return;
      try {
        quarantine.resolve(folder, doc.id);
        quarantinedIds().delete(doc.id);
      } catch (error) {
        // The document is saved; its old quarantined copy is only reported once more.
        log(`Could not move the quarantined copies of ${relative(doc.id)} to resolved/: ${(error as Error).message}`);
      }
    },
    remove(id: string) {
      const file = fileOf(id);
      if (!fs.existsSync(file)) return notFound(id);
      const trashDir = path.join(dataDir, 'trash', folder);
      fs.mkdirSync(trashDir, { recursive: true });
      fs.renameSync(file, path.join(trashDir, `${id}-${fileStamp(now())}.json`));
      stores.delete(id);
      known.delete(id);
      touch(id);
      return ok({ id });
    },
    backups,
    readBackup,
  };
}
