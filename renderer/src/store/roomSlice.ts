// The room phones join, as the facilitator's window sees it: its status, its controls, and the
// sync that brings what phones send into the open workshop (shared/room/facilitator.ts explains
// the protocol). Phone messages are applied with the same shared edit functions as laptop entry,
// as ordinary edits of the open workshop: same autosave, same undo (one step per arriving batch).
import { applyQueuedMessages, removeParticipantContributions, type SyncResult } from '../../../shared/room/apply';
import type { NetworkChoice, QueuedPhoneMessage, RoomStatus } from '../../../shared/room/facilitator';
import type { Result } from '../../../shared/result';
import type { SliceCreator } from './storeTypes';

export interface RoomSlice {
  /** The room of the open workshop; null until asked, or when the workshop has none open. */
  room: RoomStatus | null;
  roomNetworks: NetworkChoice[] | null;
  roomBusy: boolean;
  roomError: string | null;
  /** The presenter shows how to join (QR code, address, code) instead of the activity. */
  showJoinScreen: boolean;
  setShowJoinScreen(show: boolean): void;
  /** Reads the open workshop's room and, if it is open (a reload, say), picks up its messages. */
  loadRoom(): Promise<void>;
  loadRoomNetworks(): Promise<void>;
  openRoom(address: string): Promise<void>;
  closeRoom(): Promise<void>;
  setRoomLocked(locked: boolean): Promise<void>;
  setRoomEntry(activityId: string, open: boolean): Promise<void>;
  /** Takes a phone out of the room and what it sent out of the workshop, as one undoable edit. */
  removeRoomParticipant(participantId: string): Promise<void>;
}

/** How long main may hold a sync when nothing is waiting; short, so saves are reported soon. */
const WAIT_MS = 1500;
const RETRY_MS = 2000;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export const createRoomSlice: SliceCreator<RoomSlice> = (set, get) => {
  let sync: { workshopId: string; stopped: boolean } | null = null;

  function stopSync() {
    if (sync) sync.stopped = true;
    sync = null;
  }

  /** Applies one batch of phone messages as a single edit of the open workshop. */
  function apply(workshopId: string, messages: QueuedPhoneMessage[]): SyncResult[] | null {
    let outcomes: SyncResult[] | null = null;
    get().editWorkshop((doc) => {
      if (doc.id !== workshopId) return doc;
      const batch = applyQueuedMessages(doc, messages);
      outcomes = batch.results;
      return batch.doc;
    });
    return outcomes;
  }

  async function run(me: { workshopId: string; stopped: boolean }): Promise<void> {
    let after = 0;
    let results: SyncResult[] = [];
    let reported = 0;
    // Batches applied but not yet known to be on disk: the edit count that holds them, their last seq.
    const unsaved: { edits: number; seq: number }[] = [];
    while (!me.stopped && get().current?.id === me.workshopId) {
      const savedEdits = get().savedEdits;
      let savedThrough = reported;
      while (unsaved.length > 0 && unsaved[0]!.edits <= savedEdits) savedThrough = unsaved.shift()!.seq;
      const answer = await get().api.syncRoom({
        workshopId: me.workshopId,
        after,
        results,
        savedThrough,
        waitMs: results.length > 0 || unsaved.length > 0 ? 0 : WAIT_MS,
      });
      if (me.stopped) return;
      if (!answer.ok) {
        set({ roomError: answer.error.message });
        await sleep(RETRY_MS);
        continue;
      }
      results = [];
      reported = savedThrough;
      const { messages, status } = answer.value;
      set({ room: status, roomError: null });
      if (!status.open) break;
      const fresh = messages.filter((m) => m.seq > after);
      if (fresh.length > 0) {
        const outcomes = apply(me.workshopId, fresh);
        if (!outcomes) break;
        after = fresh.at(-1)!.seq;
        results = outcomes;
        unsaved.push({ edits: get().edits, seq: after });
      } else if (unsaved.length > 0) {
        // Waiting for the autosave to cover the last batch; ask again shortly.
        await sleep(300);
      }
    }
    if (sync === me) sync = null;
  }

  function startSync(workshopId: string) {
    if (sync?.workshopId === workshopId) return;
    stopSync();
    const me = { workshopId, stopped: false };
    sync = me;
    void run(me);
  }

  /** Runs a room request for the open workshop and keeps its answer as the status. */
  async function request(call: (workshopId: string) => Promise<Result<RoomStatus>>): Promise<RoomStatus | null> {
    const workshopId = get().current?.id;
    if (!workshopId) return null;
    set({ roomBusy: true, roomError: null });
    const answer = await call(workshopId);
    if (!answer.ok) {
      set({ roomBusy: false, roomError: answer.error.message });
      return null;
    }
    set({ roomBusy: false, room: answer.value, ...(answer.value.open ? {} : { showJoinScreen: false }) });
    if (answer.value.open && answer.value.workshopId === workshopId) startSync(workshopId);
    else stopSync();
    return answer.value;
  }

  return {
    room: null,
    roomNetworks: null,
    roomBusy: false,
    roomError: null,
    showJoinScreen: false,
    setShowJoinScreen: (showJoinScreen) => set({ showJoinScreen }),

    async loadRoom() {
      stopSync();
      set({ room: null, roomError: null });
      await request((workshopId) => get().api.getRoomStatus({ workshopId }));
    },

    async loadRoomNetworks() {
      const answer = await get().api.listRoomNetworks();
      if (answer.ok) set({ roomNetworks: answer.value });
      else set({ roomError: answer.error.message });
    },

    async openRoom(address) {
      await request((workshopId) => get().api.openRoom({ workshopId, address }));
    },

    async closeRoom() {
      await request((workshopId) => get().api.closeRoom({ workshopId }));
    },

    async setRoomLocked(locked) {
      await request((workshopId) => get().api.setRoomLocked({ workshopId, locked }));
    },

    async setRoomEntry(activityId, open) {
      await request((workshopId) => get().api.setRoomEntry({ workshopId, activityId, open }));
    },

    async removeRoomParticipant(participantId) {
      const status = await request((workshopId) => get().api.removeRoomParticipant({ workshopId, participantId }));
      if (status) get().editWorkshop((doc) => removeParticipantContributions(doc, participantId));
    },
  };
};
