// The open workshop and its autosave. Edits apply at once in the renderer (never waiting on
// disk), and a debounced save sends main what changed within a second of the last edit.
import type { Runtime } from '../../../shared/agenda/schema';
import { diffWorkshop } from '../../../shared/workshop/changes';
import type { WorkshopDocument } from '../../../shared/workshop/schema';
import { historyOf, type SliceCreator } from './storeTypes';

export const AUTOSAVE_DELAY_MS = 600;

/** A save refused for a full disk is tried again by itself: after 2 s, then less often, at most every 30 s. */
const DISK_FULL_RETRY_FIRST_MS = 2_000;
export const DISK_FULL_RETRY_MAX_MS = 30_000;
const DISK_FULL_MESSAGE = 'The disk is full. Your changes are kept here; free some space and Baton saves them by itself.';

export type SaveStatus = 'saved' | 'pending' | 'saving' | 'error';

export interface DocumentSlice {
  current: WorkshopDocument | null;
  currentError: string | null;
  saveStatus: SaveStatus;
  saveError: string | null;
  /** Counts changes to the open workshop; `savedEdits` is the count the last successful save covered. */
  edits: number;
  /** Every change up to this count is on disk (the room tells phones their changes are stored by it). */
  savedEdits: number;
  loadWorkshop(id: string): Promise<void>;
  /** Applies a change to the open workshop (an undo step) and schedules the autosave. */
  editWorkshop(recipe: (doc: WorkshopDocument) => WorkshopDocument): void;
  /** Changes timers or the current activity: saved, but not an undo step. */
  editRuntime(recipe: (runtime: Runtime) => Runtime): void;
  undo(): void;
  redo(): void;
  /** While a note is dragged nothing is saved; the save follows the drop. */
  setDragging(dragging: boolean): void;
  /** Saves pending changes now; resolves once they are on disk (or the save failed). */
  flushSave(): Promise<void>;
  closeWorkshop(): Promise<void>;
}

export const createDocumentSlice: SliceCreator<DocumentSlice> = (set, get, store) => {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let inFlight: Promise<void> | null = null;
  let dirty = false;
  let dragging = false;
  // The stored version the open copy builds on, as this window last loaded or saved it: main
  // refuses a save if the file moved past its updatedAt, and each save sends only the difference
  // from it (shared/workshop/changes.ts).
  let saved: WorkshopDocument | null = null;
  let diskFullRetryMs = DISK_FULL_RETRY_FIRST_MS;

  function schedule() {
    clearTimeout(timer);
    timer = setTimeout(() => void save(), AUTOSAVE_DELAY_MS);
  }

  function changed() {
    dirty = true;
    set((s) => ({ edits: s.edits + 1, ...(s.saveStatus !== 'error' ? { saveStatus: 'pending' as const } : {}) }));
    schedule();
  }

  /** Undo and redo restore content only; the timers keep running as they are. */
  function travel(step: 'undo' | 'redo') {
    const runtime = get().current?.runtime;
    const history = historyOf(store).getState();
    if ((step === 'undo' ? history.pastStates : history.futureStates).length === 0) return;
    history[step]();
    const doc = get().current;
    if (doc && runtime) set({ current: { ...doc, runtime } });
    changed();
  }

  async function save(): Promise<void> {
    clearTimeout(timer);
    timer = undefined;
    if (dragging) return;
    while (inFlight) await inFlight;
    const doc = get().current;
    if (!doc || !dirty || !saved) return;
    dirty = false;
    set({ saveStatus: 'saving' });
    const { api } = get();
    const expectedUpdatedAt = saved.updatedAt;
    const covering = get().edits;
    inFlight = api
      .saveWorkshopChanges({ id: doc.id, expectedUpdatedAt, changes: diffWorkshop(saved, doc) })
      // Changes main cannot apply (never expected: the save time matched) are sent again as the
      // whole workshop, which main validates in full, so an edit is never lost to that.
      .then((result) => (result.ok || result.error.code !== 'invalid-request' ? result : api.saveWorkshop({ workshop: doc, expectedUpdatedAt })))
      .then((result) => {
        if (result.ok) {
          diskFullRetryMs = DISK_FULL_RETRY_FIRST_MS;
          saved = { ...doc, updatedAt: result.value.updatedAt };
          set((s) => ({
            current: s.current?.id === doc.id ? { ...s.current, updatedAt: result.value.updatedAt } : s.current,
            saveStatus: dirty ? 'pending' : 'saved',
            saveError: null,
            savedEdits: Math.max(s.savedEdits, covering),
          }));
          get().noteSaved(doc, result.value.updatedAt);
        } else if (result.error.code === 'disk-full') {
          // Nothing was written and the edit stays here; space may come back at any time.
          dirty = true;
          set({ saveStatus: 'error', saveError: DISK_FULL_MESSAGE });
          clearTimeout(timer);
          timer = setTimeout(() => void save(), diskFullRetryMs);
          diskFullRetryMs = Math.min(diskFullRetryMs * 2, DISK_FULL_RETRY_MAX_MS);
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
    edits: 0,
    savedEdits: 0,

    async loadWorkshop(id) {
      await get().flushSave();
      dirty = false;
      saved = null;
      set({ current: null, currentError: null, saveStatus: 'saved', saveError: null });
      const result = await get().api.getWorkshop({ id });
      if (result.ok) {
        saved = result.value;
        // What was just read is what is on disk.
        set((s) => ({ current: result.value, savedEdits: s.edits }));
      } else set({ currentError: result.error.message });
      // Undo history belongs to one workshop's session.
      historyOf(store).getState().clear();
    },

    editWorkshop(recipe) {
      const doc = get().current;
      if (!doc) return;
      const next = recipe(doc);
      if (next === doc) return;
      set({ current: next });
      changed();
    },

    editRuntime(recipe) {
      const doc = get().current;
      if (!doc) return;
      set({ current: { ...doc, runtime: recipe(doc.runtime) } });
      changed();
    },

    undo: () => travel('undo'),
    redo: () => travel('redo'),

    setDragging(value) {
      dragging = value;
      if (!value && dirty) schedule();
    },

    flushSave: () => save(),

    async closeWorkshop() {
      await get().flushSave();
      if (get().saveStatus === 'error') return;
      dirty = false;
      saved = null;
      set({ current: null, currentError: null });
      historyOf(store).getState().clear();
    },
  };
};
