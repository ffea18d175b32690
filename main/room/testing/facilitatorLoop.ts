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
}

export function createFacilitatorLoop(dispatch: Dispatch, initial: WorkshopDocument): FacilitatorLoop {
  let doc = initial;
  let after = 0;
  let savedThrough = 0;
  let results: { seq: number; outcome: string; reason?: string }[] = [];
  let running = true;

  async function step(waitMs: number): Promise<QueuedPhoneMessage[]> {
    const answer = await dispatch('syncRoom', { workshopId: doc.id, after, results, savedThrough, waitMs });
    if (!answer.ok) throw new Error(answer.error.message);
    results = [];
    const { messages } = answer.value as RoomSyncAnswer;
    if (messages.length === 0) return messages;
    after = Math.max(after, ...messages.map((m) => m.seq));
    const applied = applyQueuedMessages(doc, messages);
    results = applied.results;
    if (applied.doc !== doc) {
      const saved = await dispatch('saveWorkshop', { workshop: applied.doc, expectedUpdatedAt: doc.updatedAt });
      if (!saved.ok) throw new Error(saved.error.message);
      doc = { ...applied.doc, updatedAt: (saved.value as { updatedAt: string }).updatedAt };
    }
    savedThrough = after;
    return messages;
  }

  return {
    doc: () => doc,
    step,
    async run(onMessages) {
      while (running) {
        const messages = await step(1000);
        if (messages.length > 0) onMessages?.(messages, performance.now());
      }
      // One more round reports the last outcomes and save, so phones hear `stored`.
      await step(0);
    },
    stop: () => {
      running = false;
    },
  };
}
