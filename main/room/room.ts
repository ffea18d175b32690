// One open room, apart from its transport: who joined (by token), the queue of phone messages
// waiting for the facilitator's Baton with each message's receipt, the long poll that hands them
// over (shared/room/facilitator.ts), and the views pushed to each phone's event streams.
import crypto from 'node:crypto';
import {
  ROOM_LIMITS,
  type JoinAnswer,
  type MessageReceipt,
  type ParticipantMessage,
  type RoomSender,
} from '../../shared/room/contract';
import type { QueuedPhoneMessage, RoomParticipant } from '../../shared/room/facilitator';
import { participantView, type ParticipantView } from '../../shared/room/view';
import type { WorkshopDocument } from '../../shared/workshop/schema';
import type { ParticipantRole } from '../../shared/diagnostic/model';
import { Refusal } from '../httpBasics';
import { hashToken, newParticipantId, newToken, type RoomFile, type StoredParticipant } from './roomFile';

/** Messages not yet stored, per phone and in all; past these the room asks phones to wait. */
const MAX_WAITING_PER_PHONE = 500;
const MAX_WAITING = 20_000;
/** Receipts remembered per phone, so a resend is recognised; older ones are forgotten first. */
const MAX_RECEIPTS_PER_PHONE = 2_000;

/** An event stream to one phone (SSE in server.ts). */
export interface PhoneStream {
  send(event: 'view' | 'receipt', data: unknown): void;
  close(): void;
}


interface Entry extends QueuedPhoneMessage {
  /** Delivered to the facilitator and applied there; stored once a save includes it. */
  applied: boolean;
}

export interface RoomOptions {
  workshopId: string;
  file: RoomFile;
  /** Writes the room file after a change to who joined, the lock or the entries. */
  persist(file: RoomFile): void;
  /** The workshop as last stored. */
  doc: WorkshopDocument;
  now?: () => Date;
}

export type Room = ReturnType<typeof createRoom>;

/** The parts of a workshop participantView reads; when none changed, no phone's view did. */
function viewInputs(doc: WorkshopDocument): unknown[] {
  const activity = doc.agenda.find((a) => a.id === doc.runtime.currentActivityId);
  return [doc.title, doc.settings.anonymous, activity, activity?.kind === 'diagnostic' ? doc.diagnostic : null];
}

export function createRoom(options: RoomOptions) {
  const file = options.file;
  const now = options.now ?? (() => new Date());
  let doc = options.doc;
  const byToken = new Map<string, StoredParticipant>(file.participants.map((p) => [p.tokenHash, p]));
  const streams = new Map<string, Set<PhoneStream>>();
  const lastView = new Map<string, string>();
  const receipts = new Map<string, Map<string, MessageReceipt>>();
  const queue: Entry[] = [];
  let seq = 0;
  let waiters: (() => void)[] = [];
  let closed = false;

  const sender = (p: StoredParticipant): RoomSender => ({ id: p.id, team: p.team, name: p.name, role: p.role });
  const settings = () => ({ locked: file.locked, closedActivityIds: file.closedActivityIds });

  function receiptsOf(participantId: string): Map<string, MessageReceipt> {
    let map = receipts.get(participantId);
    if (!map) receipts.set(participantId, (map = new Map()));
    return map;
  }

  function setReceipt(participantId: string, receipt: MessageReceipt): void {
    const map = receiptsOf(participantId);
    map.delete(receipt.id);
    map.set(receipt.id, receipt);
    if (map.size > MAX_RECEIPTS_PER_PHONE) map.delete(map.keys().next().value!);
    if (receipt.status !== 'queued') for (const s of streams.get(participantId) ?? []) s.send('receipt', receipt);
  }

  function viewOf(p: StoredParticipant): ParticipantView {
    return participantView(doc, sender(p), settings());
  }

  /** Sends each connected phone its view when it changed. */
  function pushViews(): void {
    for (const [participantId, set] of streams) {
      const p = file.participants.find((x) => x.id === participantId);
      if (!p || set.size === 0) continue;
      const view = viewOf(p);
      const text = JSON.stringify(view);
      if (lastView.get(participantId) === text) continue;
      lastView.set(participantId, text);
      for (const s of set) s.send('view', view);
    }
  }

  function wake(): void {
    const ready = waiters;
    waiters = [];
    for (const w of ready) w();
  }

  function changed(): void {
    options.persist(file);
    pushViews();
  }

  return {
    workshopId: options.workshopId,

    /** The participant a token belongs to; removed phones are told so. */
    identify(token: string): StoredParticipant {
      const p = byToken.get(hashToken(token));
      if (!p) throw new Refusal(401, 'This phone is not in the room; join again with the code.');
      if (p.removed) throw new Refusal(403, 'The facilitator removed this phone from the room.');
      return p;
    },

    join(request: { joinId: string; code: string; team: RoomSender['team']; name: string; role?: ParticipantRole | null }): JoinAnswer {
      const given = Buffer.from(request.code);
      const code = Buffer.from(file.code);
      if (given.length !== code.length || !crypto.timingSafeEqual(given, code)) throw new Refusal(422, 'That join code is not right.');
      const again = file.participants.find((p) => p.joinId === request.joinId);
      if (again?.removed) throw new Refusal(403, 'The facilitator removed this phone from the room.');
      if (!again && file.locked) throw new Refusal(409, 'The room is locked: no one new can join now.');
      if (!again && file.participants.length >= ROOM_LIMITS.maxParticipants) throw new Refusal(409, 'The room is full.');
      // A resent join (the answer was lost) gets a new token for the same participant; the old one stops working.
      const token = newToken();
      const role = request.role ?? null;
      const participant: StoredParticipant = again
        ? { ...again, team: request.team, name: request.name, role, tokenHash: hashToken(token) }
        : { id: newParticipantId(), team: request.team, name: request.name, role, joinedAt: now().toISOString(), joinId: request.joinId, tokenHash: hashToken(token), removed: false };
      if (again) {
        byToken.delete(again.tokenHash);
        file.participants = file.participants.map((p) => (p.id === again.id ? participant : p));
      } else file.participants.push(participant);
      byToken.set(participant.tokenHash, participant);
      changed();
      return { token, participantId: participant.id, team: participant.team, name: participant.name, role: participant.role };
    },

    view: (p: StoredParticipant) => viewOf(p),

    /** Takes a validated message from a phone; answers its receipt (the same one again for a resend). */
    receive(p: StoredParticipant, message: ParticipantMessage): MessageReceipt {
      const known = receiptsOf(p.id).get(message.id);
      if (known) return known;
      if (file.closedActivityIds.includes(message.activityId)) {
        const receipt: MessageReceipt = { id: message.id, status: 'refused', reason: 'The facilitator has closed entry for this activity.' };
        setReceipt(p.id, receipt);
        return receipt;
      }
      const waiting = queue.filter((e) => e.sender.id === p.id).length;
      if (waiting >= MAX_WAITING_PER_PHONE || queue.length >= MAX_WAITING) throw new Refusal(503, 'The facilitator’s Baton is catching up; this will be sent again shortly.');
      queue.push({ seq: ++seq, sender: sender(p), message, applied: false });
      const receipt: MessageReceipt = { id: message.id, status: 'queued' };
      setReceipt(p.id, receipt);
      wake();
      return receipt;
    },

    /** The facilitator's long poll; see shared/room/facilitator.ts. */
    async sync(request: { after: number; results: { seq: number; outcome: string; reason?: string }[]; savedThrough: number; waitMs: number }): Promise<QueuedPhoneMessage[]> {
      for (const r of request.results) {
        const index = queue.findIndex((e) => e.seq === r.seq);
        if (index < 0) continue;
        const entry = queue[index]!;
        if (r.outcome === 'refused') {
          queue.splice(index, 1);
          setReceipt(entry.sender.id, { id: entry.message.id, status: 'refused', reason: r.reason ?? 'The facilitator’s Baton could not use this.' });
        } else entry.applied = true;
      }
      for (let i = 0; i < queue.length; ) {
        const entry = queue[i]!;
        if (entry.applied && entry.seq <= request.savedThrough) {
          queue.splice(i, 1);
          setReceipt(entry.sender.id, { id: entry.message.id, status: 'stored' });
        } else i++;
      }
      const pending = () => queue.filter((e) => e.seq > request.after);
      if (pending().length === 0 && request.waitMs > 0 && !closed) {
        await new Promise<void>((resolve) => {
          const timer = setTimeout(() => {
            waiters = waiters.filter((w) => w !== done);
            resolve();
          }, request.waitMs);
          const done = () => {
            clearTimeout(timer);
            resolve();
          };
          waiters.push(done);
        });
      }
      return pending().map(({ seq: s, sender: from, message }) => ({ seq: s, sender: from, message }));
    },

    /** The workshop was stored: phones see what changed. */
    stored(next: WorkshopDocument): void {
      const before = viewInputs(doc);
      doc = next;
      // Stored versions share unchanged parts, so a save that left everything a phone sees alone
      // (a timer, facilitator notes, another activity) costs no view building at all.
      const after = viewInputs(doc);
      if (after.some((part, i) => part !== before[i])) pushViews();
    },

    addStream(p: StoredParticipant, stream: PhoneStream): () => void {
      let set = streams.get(p.id);
      if (!set) streams.set(p.id, (set = new Set()));
      // A phone that reloads opens a new stream before the old one times out; the oldest goes.
      if (set.size >= ROOM_LIMITS.maxStreamsPerPhone) {
        const oldest = set.values().next().value!;
        set.delete(oldest);
        oldest.close();
      }
      set.add(stream);
      const view = viewOf(p);
      lastView.set(p.id, JSON.stringify(view));
      stream.send('view', view);
      return () => {
        set.delete(stream);
      };
    },

    participants(): RoomParticipant[] {
      return file.participants
        .filter((p) => !p.removed)
        .map((p) => ({ ...sender(p), joinedAt: p.joinedAt, connected: (streams.get(p.id)?.size ?? 0) > 0 }));
    },

    waiting: () => queue.length,

    setLocked(locked: boolean): void {
      file.locked = locked;
      changed();
    },

    setEntry(activityId: string, open: boolean): void {
      const others = file.closedActivityIds.filter((id) => id !== activityId);
      file.closedActivityIds = open ? others : [...others, activityId];
      changed();
    },

    /** Takes a phone out: its token stops working, its streams close, its waiting messages are dropped. */
    remove(participantId: string): boolean {
      const p = file.participants.find((x) => x.id === participantId);
      if (!p) return false;
      p.removed = true;
      for (let i = queue.length - 1; i >= 0; i--) if (queue[i]!.sender.id === participantId) queue.splice(i, 1);
      for (const s of streams.get(participantId) ?? []) s.close();
      streams.delete(participantId);
      changed();
      return true;
    },

    /** Ends every stream and long poll; the queue is dropped (phones keep their outboxes). */
    close(): void {
      closed = true;
      wake();
      for (const set of streams.values()) for (const s of set) s.close();
      streams.clear();
    },
  };
}
