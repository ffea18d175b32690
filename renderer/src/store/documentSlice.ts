// The open workshop and its autosave. Edits apply at once in the renderer (never waiting on
// disk), and a debounced save sends the document to main within a second of the last edit.
import type { WorkshopDocument } from '../../../shared/workshop/schema';
import type { SliceCreator } from './appStore';

export const AUTOSAVE_DELAY_MS = 600;

export type SaveStatus = 'saved' | 'pending' | 'saving' | 'error';

export interface DocumentSlice {
  current: WorkshopDocument | null;
  currentError: string | null;
  saveStatus: SaveStatus;
  saveError: string | null;
  loadWorkshop(id: string): Promise<void>;
  /** Applies a change to the open workshop and schedules the autosave. */
  editWorkshop(recipe: (doc: WorkshopDocument) => WorkshopDocument): void;
  /** Saves pending changes now; resolves once they are on disk (or the save failed). */
  flushSave(): Promise<void>;
  closeWorkshop(): Promise<void>;
}

export const createDocumentSlice: SliceCreator<DocumentSlice> = (set, get) => {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let inFlight: Promise<void> | null = null;
  let dirty = false;
  // The stored version the open copy builds on; main refuses a save if the file moved past it.
  let baseUpdatedAt: string | null = null;

  function schedule() {
    clearTimeout(timer);
    timer = setTimeout(() => void save(), AUTOSAVE_DELAY_MS);
  }

  async function save(): Promise<void> {
    clearTimeout(timer);
    timer = undefined;
    while (inFlight) await inFlight;
    const doc = get().current;
    if (!doc || !dirty || !baseUpdatedAt) return;
    dirty = false;
    set({ saveStatus: 'saving' });
    inFlight = get()
      .api.saveWorkshop({ workshop: doc, expectedUpdatedAt: baseUpdatedAt })
      .then((result) => {
        if (result.ok) {
          baseUpdatedAt = result.value.updatedAt;
          set((s) => ({
            current: s.current?.id === doc.id ? { ...s.current, updatedAt: result.value.updatedAt } : s.current,
            saveStatus: dirty ? 'pending' : 'saved',
            saveError: null,
          }));
          get().noteSaved(doc, result.value.updatedAt);
        } else {
          dirty = true;
          set({ saveStatus: 'error', saveError: result.error.message });
        }
      });
    await inFlight;
    inFlight = null;
    if (dirty && get().saveStatus === 'pending') schedule();
  }

  return {
    current: null,
    currentError: null,
    saveStatus: 'saved',
    saveError: null,

    async loadWorkshop(id) {
      await get().flushSave();
      dirty = false;
      baseUpdatedAt = null;
      set({ current: null, currentError: null, saveStatus: 'saved', saveError: null });
      const result = await get().api.getWorkshop({ id });
      if (result.ok) {
        baseUpdatedAt = result.value.updatedAt;
        set({ current: result.value });
      } else set({ currentError: result.error.message });
    },

    editWorkshop(recipe) {
      const doc = get().current;
      if (!doc) return;
      dirty = true;
      set({ current: recipe(doc), saveStatus: get().saveStatus === 'error' ? 'error' : 'pending' });
      schedule();
    },

    flushSave: () => save(),

    async closeWorkshop() {
      await get().flushSave();
      if (get().saveStatus === 'error') return;
      dirty = false;
      baseUpdatedAt = null;
      set({ current: null, currentError: null });
    },
  };
};
