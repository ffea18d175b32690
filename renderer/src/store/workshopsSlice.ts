// The workshop list on the home screen, and the list operations: create, rename, duplicate, delete.
import type { StorageProblem } from '../../../shared/ipc/problems';
import type { BatonError, Result } from '../../../shared/result';
import type { WorkshopDetailsInput, WorkshopDocument, WorkshopSummary } from '../../../shared/workshop/schema';
import { summarizeWorkshop } from '../../../shared/workshop/summary';
import { readImportFile } from '../templates/importFiles';
import type { SliceCreator } from './storeTypes';

export interface WorkshopsSlice {
  workshops: WorkshopSummary[];
  listStatus: 'loading' | 'ready' | 'error';
  problems: StorageProblem[];
  loadWorkshops(): Promise<void>;
  createWorkshop(details: WorkshopDetailsInput & { templateId?: string }): Promise<Result<WorkshopDocument>>;
  renameWorkshop(id: string, title: string): Promise<Result<WorkshopDocument>>;
  duplicateWorkshop(id: string): Promise<void>;
  /** A new workshop following up `id`: its design and client details, none of its content. */
  startRecheck(id: string, details: { title: string; date: string }): Promise<Result<WorkshopDocument>>;
  deleteWorkshop(id: string): Promise<void>;
  openExample(): Promise<void>;
  /** Brings back a quarantined workshop from its newest readable backup. */
  restoreFromBackup(id: string): Promise<void>;
  /** Imports a `.baton.json` file; resolves with the error message, or null when it worked. */
  importWorkshopFile(file: File): Promise<string | null>;
  /** The same, for a file already read (dropped, or opened with the app). */
  importWorkshopContent(fileName: string, content: string): Promise<string | null>;
  /** Keeps the list in step with an autosave of the open workshop. */
  noteSaved(doc: WorkshopDocument, updatedAt: string): void;
}

export const createWorkshopsSlice: SliceCreator<WorkshopsSlice> = (set, get) => {
  function absorb(doc: WorkshopDocument) {
    set((state) => ({ workshops: [summarizeWorkshop(doc), ...state.workshops.filter((w) => w.id !== doc.id)] }));
  }

  function report(error: BatonError) {
    get().notify('error', error.message);
  }

  return {
    workshops: [],
    listStatus: 'loading',
    problems: [],

    async loadWorkshops() {
      const result = await get().api.listWorkshops();
      if (result.ok) set({ workshops: result.value.workshops, problems: result.value.problems, listStatus: 'ready' });
      else {
        set({ listStatus: 'error' });
        report(result.error);
      }
    },

    async createWorkshop(details) {
      const result = await get().api.createWorkshop(details);
      if (result.ok) {
        absorb(result.value);
        get().notify('info', `Created “${result.value.title}”.`);
      }
      return result;
    },

    async renameWorkshop(id, title) {
      const result = await get().api.renameWorkshop({ id, title });
      if (result.ok) {
        absorb(result.value);
        get().notify('info', `Renamed to “${result.value.title}”.`);
      }
      return result;
    },

    async duplicateWorkshop(id) {
      const result = await get().api.duplicateWorkshop({ id });
      if (!result.ok) return report(result.error);
      absorb(result.value);
      get().notify('info', `Duplicated as “${result.value.title}”.`);
    },

    async startRecheck(id, details) {
      // The re-check reads the plan from disk: an open, edited workshop is saved first.
      if (get().current?.id === id) await get().flushSave();
      const result = await get().api.startRecheck({ id, ...details });
      if (result.ok) {
        absorb(result.value);
        get().notify('info', `Started the re-check “${result.value.title}”.`);
      }
      return result;
    },

    async deleteWorkshop(id) {
      const title = get().workshops.find((w) => w.id === id)?.title ?? 'The workshop';
      const result = await get().api.deleteWorkshop({ id });
      if (!result.ok) return report(result.error);
      set((state) => ({ workshops: state.workshops.filter((w) => w.id !== id) }));
      get().notify('info', `Deleted “${title}”.`);
    },

    async openExample() {
      const result = await get().api.openExampleWorkshop();
      if (!result.ok) return report(result.error);
      absorb(result.value);
      await get().openWorkshop(result.value.id);
    },

    async restoreFromBackup(id) {
      const result = await get().api.restoreFromBackup({ id });
      if (!result.ok) return report(result.error);
      get().notify('info', `Restored “${result.value.title}” from its latest good backup.`);
      await get().loadWorkshops();
    },

    async importWorkshopFile(file) {
      const read = await readImportFile(file);
      return 'error' in read ? read.error : get().importWorkshopContent(file.name, read.content);
    },

    async importWorkshopContent(fileName, content) {
      const result = await get().api.importWorkshop({ fileName, content });
      if (!result.ok) return result.error.message;
      absorb(result.value);
      get().notify('info', `Imported “${result.value.title}”.`);
      return null;
    },

    noteSaved(doc, updatedAt) {
      absorb({ ...doc, updatedAt });
    },
  };
};
