// Stands in for the facilitator's Baton in tests, the load script and the bench: long-polls
// syncRoom through the same dispatch as IPC and the bridge, applies what phones sent with
// applyQueuedMessages, saves the workshop and reports the outcomes and the save back.
import { applyQueuedMessages } from '../../../shared/room/apply';
import type { QueuedPhoneMessage, RoomSyncAnswer } from '../../../shared/room/facilitator';
import type { WorkshopDocument } from '../../../shared/workshop/schema';
import type { Dispatch } from '../../services/dispatch';

export interface FacilitatorLoop {
  /** The workshop as this "renderer" holds it. */
  doc(): WorkshopDocument;
  /** One sync: sends outcomes and the save, waits up to `waitMs` for messages, applies and saves them. */
  step(waitMs: number): Promise<QueuedPhoneMessage[]>;
  /** Syncs in a loop until stop() (then resolves). */
  run(onMessages?: (messages: QueuedPhoneMessage[], receivedAt: number) => void): Promise<void>;
  stop(): void;
  /** A change of the facilitator's own (a reveal), applied and saved before the next sync. */
  edit(change: (doc: WorkshopDocument) => WorkshopDocument): Promise<void>;
}

/** Like the renderer's autosave: a save follows the last applied batch after this pause. */
const SAVE_DEBOUNCE_MS = 300;

export function createFacilitatorLoop(dispatch: Dispatch, initial: WorkshopDocument): FacilitatorLoop {
  let doc = initial;
  let savedDoc = initial;
  let after = 0;
  let appliedThrough = 0;
  let savedThrough = 0;
  let results: { seq: number; outcome: string; reason?: string }[] = [];
  let running = true;
  let saveTimer: ReturnType<typeof setTimeout> | undefined;
  let saving: Promise<void> = Promise.resolve();
  const edits: { change: (doc: WorkshopDocument) => WorkshopDocument; done: () => void }[] = [];

  /** Saves what is applied now; `savedThrough` moves only once the save succeeded. */
  function save(): Promise<void> {
    clearTimeout(saveTimer);
    saving = saving.then(async () => {
      if (doc === savedDoc) return;
      const next = doc;
      const through = appliedThrough;
      const saved = await dispatch('saveWorkshop', { workshop: next, expectedUpdatedAt: savedDoc.updatedAt });
      if (!saved.ok) throw new Error(saved.error.message);
      savedDoc = { ...next, updatedAt: (saved.value as { updatedAt: string }).updatedAt };
      // Edits made while saving keep their place on top of the saved version.
      doc = doc === next ? savedDoc : { ...doc, updatedAt: savedDoc.updatedAt };
      savedThrough = Math.max(savedThrough, through);
    });
    return saving;
  }

  async function step(waitMs: number): Promise<QueuedPhoneMessage[]> {
    for (const { change, done } of edits.splice(0)) {
      doc = change(doc);
      await save();
      done();
    }
    const answer = await dispatch('syncRoom', { workshopId: doc.id, after, results, savedThrough, waitMs });
    if (!answer.ok) throw new Error(answer.error.message);
    results = [];
    const { messages } = answer.value as RoomSyncAnswer;
    if (messages.length === 0) return messages;
    after = Math.max(after, ...messages.map((m) => m.seq));
    const applied = applyQueuedMessages(doc, messages);
    results = applied.results;
    doc = applied.doc;
    appliedThrough = after;
    if (doc === savedDoc) savedThrough = Math.max(savedThrough, after);
    else {
      clearTimeout(saveTimer);
      saveTimer = setTimeout(() => void save(), SAVE_DEBOUNCE_MS);
    }
    return messages;
  }

  return {
    doc: () => doc,
    step: async (waitMs) => {
      const messages = await step(waitMs);
      // Tests step by hand: what was applied is saved before the next step reports it.
      await save();
      return messages;
    },
    async run(onMessages) {
      while (running) {
        const messages = await step(Math.min(1000, SAVE_DEBOUNCE_MS * 2));
        if (messages.length > 0) onMessages?.(messages, performance.now());
      }
      // One more round reports the last outcomes and save, so phones hear `stored`.
      await save();
      await step(0);
    },
    stop: () => {
      running = false;
    },
    edit: (change) => new Promise<void>((done) => edits.push({ change, done })),
  };
}
