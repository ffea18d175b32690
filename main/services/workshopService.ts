// Creating, reading, renaming, duplicating and deleting workshops on the data directory.
import type { WorkshopListing } from '../../shared/ipc/contract';
import { fail, ok, type Result } from '../../shared/result';
import {
  WORKSHOP_SCHEMA_VERSION,
  workshopDocumentSchema,
  type WorkshopDetails,
  type WorkshopDocument,
  type WorkshopDocumentInput,
} from '../../shared/workshop/schema';
import { copyTitle, importedTitle, sortByLastChange, summarizeWorkshop } from '../../shared/workshop/summary';
import { parseWorkshopFile } from '../../shared/files/workshopFile';
import { recheckWorkshop, type RecheckDetails } from '../../shared/workshop/recheck';
import { applyWorkshopChanges, type WorkshopChanges } from '../../shared/workshop/changes';
import { checkLink, linksOf } from '../../shared/workshop/earlierLink';
import type { DocumentCollection } from '../storage/documentCollection';
import { laterTimestamp } from './changeTime';

export interface Clock {
  now(): Date;
  newId(): string;
}

export const systemClock: Clock = {
  now: () => new Date(),
  newId: () => crypto.randomUUID(),
};

export type WorkshopCollection = DocumentCollection<WorkshopDocument>;
export type WorkshopService = ReturnType<typeof createWorkshopService>;

export function createWorkshopService(collection: WorkshopCollection, clock: Clock = systemClock) {
  const timestamp = () => clock.now().toISOString();
  /** Told of every stored version (the open room shows phones what was saved). */
  const storedListeners = new Set<(doc: WorkshopDocument) => void>();
  const put = (doc: WorkshopDocument) => {
    collection.put(doc);
    for (const listener of storedListeners) listener(doc);
  };

  /** A change time strictly after `previous`, so every save is told apart from the one before. */
  function nextTimestamp(previous: string): string {
    return laterTimestamp(previous, clock.now());
  }

  /** Validates before writing, so a bug can never put an unreadable document on disk. */
  function save(doc: WorkshopDocumentInput): Result<WorkshopDocument> {
    const checked = workshopDocumentSchema.parse(doc);
    put(checked);
    return ok(checked);
  }

  /** Stores a new workshop built by `build` from a fresh id and the creation time. */
  function createFrom(build: (id: string, at: string) => WorkshopDocumentInput): Result<WorkshopDocument> {
    return save(build(clock.newId(), timestamp()));
  }

  function change(id: string, edit: (doc: WorkshopDocument) => WorkshopDocument): Result<WorkshopDocument> {
    const current = collection.get(id);
    if (!current.ok) return current;
    return save({ ...edit(current.value), updatedAt: nextTimestamp(current.value.updatedAt) });
  }

  /** The stored workshop, if it is still the version the open copy builds on. */
  function currentVersion(id: string, expectedUpdatedAt: string): Result<WorkshopDocument> {
    const current = collection.get(id);
    if (!current.ok || current.value.updatedAt === expectedUpdatedAt) return current;
    return fail(
      'conflict',
      'This workshop was changed in another window or tab after you opened it, so your latest change was not saved. Reload the workshop to continue from the saved version.',
    );
  }

  /**
   * A new earlier-workshop link must not name the workshop itself nor make a loop. A link to a
   * workshop that is not here is let through: readers show it as "no longer here", and refusing it
   * would leave an undone Unlink unsaveable once the earlier workshop is deleted.
   */
  function linkRefused(doc: WorkshopDocument, current: WorkshopDocument): ReturnType<typeof fail> | null {
    if (doc.earlierWorkshopId === current.earlierWorkshopId) return null;
    const checked = checkLink(doc.id, doc.earlierWorkshopId, linksOf(collection.list(summarizeWorkshop).items));
    return checked.ok ? null : checked;
  }

  function store(doc: WorkshopDocument, current: WorkshopDocument): Result<{ updatedAt: string }> {
    const refused = linkRefused(doc, current);
    if (refused) return refused;
    const updatedAt = nextTimestamp(current.updatedAt);
    put({ ...doc, createdAt: current.createdAt, updatedAt });
    return ok({ updatedAt });
  }

  return {
    list(): WorkshopListing {
      const { items, problems } = collection.list(summarizeWorkshop);
      return { workshops: sortByLastChange(items), problems };
    },

    get: (id: string) => collection.get(id),

    /** Calls `listener` with each workshop version stored from now on; returns the unsubscribe. */
    onStored(listener: (doc: WorkshopDocument) => void): () => void {
      storedListeners.add(listener);
      return () => storedListeners.delete(listener);
    },

    /** The workshop the renderer opens for editing; its first autosave is readied once it is sent. */
    open(id: string): Result<WorkshopDocument> {
      const found = collection.get(id);
      if (found.ok) setImmediate(() => collection.prepareSave(id));
      return found;
    },

    create: (details: WorkshopDetails) =>
      createFrom((id, at) => ({ schemaVersion: WORKSHOP_SCHEMA_VERSION, id, ...details, createdAt: at, updatedAt: at })),

    createFrom,

    /**
     * Stores the open workshop as the renderer edited it. Refused when the stored copy changed since
     * the renderer loaded it (another window or tab saved in between), so neither overwrites the other.
     */
    saveOpen(doc: WorkshopDocument, expectedUpdatedAt: string): Result<{ updatedAt: string }> {
      const current = currentVersion(doc.id, expectedUpdatedAt);
      if (!current.ok) return current;
      // `doc` was validated against the document schema on its way in (dispatch.ts) and the two
      // times are made here, so validating the whole document again would only double the cost
      // of every autosave of a big workshop.
      return store(doc, current.value);
    },

    /**
     * The autosave: what changed since `expectedUpdatedAt`, applied to the stored version. Each
     * part was validated on its way in; the rules spanning the whole document are checked here.
     */
    saveChanges(id: string, expectedUpdatedAt: string, changes: WorkshopChanges): Result<{ updatedAt: string }> {
      const current = currentVersion(id, expectedUpdatedAt);
      if (!current.ok) return current;
      const next = applyWorkshopChanges(current.value, changes);
      return next.ok ? store(next.value, current.value) : next;
    },

    rename: (id: string, title: string) => change(id, (doc) => ({ ...doc, title })),

    /** An exact copy, content and all; a re-check (below) is the copy without the content. */
    duplicate(id: string): Result<WorkshopDocument> {
      const source = collection.get(id);
      if (!source.ok) return source;
      const title = copyTitle(source.value.title, collection.list((doc) => doc.title).items);
      return createFrom((newId, at) => ({ ...source.value, id: newId, title, createdAt: at, updatedAt: at }));
    },

    /** A new workshop following up `id`: its design and client details, none of its content. */
    startRecheck(id: string, details: RecheckDetails): Result<WorkshopDocument> {
      const source = collection.get(id);
      if (!source.ok) return source;
      return createFrom((newId, at) => recheckWorkshop(source.value, details, { workshop: newId, newId: clock.newId }, at));
    },

    /**
     * Imports a `.baton.json` file as a new workshop: it always gets a new id, so an import never
     * replaces a workshop already here; a clashing title gets "(imported)" added.
     */
    importFile(fileName: string, content: string): Result<WorkshopDocument> {
      const parsed = parseWorkshopFile(content, fileName || 'The file');
      if (!parsed.ok) return parsed;
      const title = importedTitle(parsed.value.title, collection.list((doc) => doc.title).items);
      return createFrom((newId, at) => ({ ...parsed.value, id: newId, title, createdAt: at, updatedAt: at }));
    },

    remove: (id: string) => collection.remove(id),
  };
}
