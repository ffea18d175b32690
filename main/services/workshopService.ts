// Creating, reading, renaming, duplicating and deleting workshops on the data directory.
import type { WorkshopListing } from '../../shared/ipc/contract';
import { ok, type Result } from '../../shared/result';
import {
  WORKSHOP_SCHEMA_VERSION,
  workshopDocumentSchema,
  type WorkshopDetails,
  type WorkshopDocument,
} from '../../shared/workshop/schema';
import { copyTitle, sortByLastChange, summarizeWorkshop } from '../../shared/workshop/summary';
import type { DocumentCollection } from '../storage/documentCollection';

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

  /** Validates before writing, so a bug can never put an unreadable document on disk. */
  function save(doc: WorkshopDocument): Result<WorkshopDocument> {
    const checked = workshopDocumentSchema.parse(doc);
    collection.put(checked);
    return ok(checked);
  }

  function change(id: string, edit: (doc: WorkshopDocument) => WorkshopDocument): Result<WorkshopDocument> {
    const current = collection.get(id);
    if (!current.ok) return current;
    return save({ ...edit(current.value), updatedAt: timestamp() });
  }

  return {
    list(): WorkshopListing {
      const { items, problems } = collection.list(summarizeWorkshop);
      return { workshops: sortByLastChange(items), problems };
    },

    get: (id: string) => collection.get(id),

    create(details: WorkshopDetails): Result<WorkshopDocument> {
      const at = timestamp();
      return save({
        schemaVersion: WORKSHOP_SCHEMA_VERSION,
        id: clock.newId(),
        ...details,
        createdAt: at,
        updatedAt: at,
      });
    },

    updateDetails: (id: string, details: Partial<WorkshopDetails>) => change(id, (doc) => ({ ...doc, ...details })),

    rename: (id: string, title: string) => change(id, (doc) => ({ ...doc, title })),

    duplicate(id: string): Result<WorkshopDocument> {
      const source = collection.get(id);
      if (!source.ok) return source;
      const titles = collection.list((doc) => doc.title).items;
      const at = timestamp();
      return save({
        ...source.value,
        id: clock.newId(),
        title: copyTitle(source.value.title, titles),
        createdAt: at,
        updatedAt: at,
      });
    },

    remove: (id: string) => collection.remove(id),
  };
}
