// The facilitator's side of an open room, as carried by the IPC contract (shared/ipc/contract.ts):
// room status, the network choices, and the sync through which the facilitator's Baton receives
// what phones sent.
//
// HOW PHONE MESSAGES REACH THE WORKSHOP (the renderer owns the open workshop and its autosave):
//   1. The room server (main) gives each accepted phone message a sequence number `seq` and keeps
//      it until it is stored or refused. It never edits the workshop file itself, so it can never
//      conflict with the renderer's autosave.
//   2. The renderer calls `syncRoom` in a loop (a long poll: main answers as soon as a message is
//      waiting, or after `waitMs`). It passes `after` = the highest seq it has received since IT
//      started (0 after a launch or a reload, so main sends again everything not stored yet).
//   3. For each message it runs applyParticipantMessage (shared/room/apply.ts) on its store's
//      workshop and applies the result as an edit (same undo and autosave as laptop entry; a
//      refused or unchanged message changes nothing), and reports the outcome in the next call's
//      `results`.
//   4. After an autosave that included the edits succeeds, it reports `savedThrough` = the
//      highest seq applied before that save began. Main then tells the phones `stored`, and they
//      drop the message from their outbox. Refused ones are told at once.
//   If Baton stops before a save, the phones still hold those messages and send them again once
//   the room is reopened; applying them is idempotent, so nothing is lost or doubled.
import { z } from 'zod';
import { documentIdSchema } from '../workshop/fields';
import { itemIdSchema } from '../board/schema';
import type { ParticipantMessage, RoomSender } from './contract';

export interface NetworkChoice {
  /** The interface's name as the system calls it (en0, Wi-Fi, wlan0). */
  name: string;
  address: string;
  family: 'IPv4' | 'IPv6';
  /** Loopback: only this computer can reach it (for trying the room out alone). */
  internal: boolean;
}

export interface RoomParticipant extends RoomSender {
  joinedAt: string;
  /** Has an event stream open right now. */
  connected: boolean;
}

export interface RoomStatus {
  open: boolean;
  /** The workshop whose room this is; null when no room was opened since Baton started. */
  workshopId: string | null;
  /** Host and port to type, e.g. `192.168.1.20:41234`; null while closed. */
  address: string | null;
  /** The whole join link for the QR code; it carries the code in its fragment (#code=…). */
  joinUrl: string | null;
  /** The join code, 6 characters of JOIN_CODE_ALPHABET. */
  code: string | null;
  locked: boolean;
  closedActivityIds: string[];
  participants: RoomParticipant[];
  /** Messages received and not yet stored in the workshop. */
  waiting: number;
}

export interface QueuedPhoneMessage {
  seq: number;
  sender: RoomSender;
  message: ParticipantMessage;
}

export interface RoomSyncAnswer {
  messages: QueuedPhoneMessage[];
  status: RoomStatus;
}

const workshopRef = { workshopId: documentIdSchema };

export const openRoomRequestSchema = z
  .object({
    ...workshopRef,
    /** One of listRoomNetworks' addresses. */
    address: z.string().min(2).max(64),
  })
  .strict();

export const roomSyncRequestSchema = z
  .object({
    ...workshopRef,
    after: z.number().int().min(0),
    results: z
      .array(
        z
          .object({ seq: z.number().int().min(1), outcome: z.enum(['applied', 'unchanged', 'refused']), reason: z.string().max(300).optional() })
          .strict(),
      )
      .max(5000)
      .default([]),
    savedThrough: z.number().int().min(0).default(0),
    /** How long main may hold the answer when nothing is waiting. */
    waitMs: z.number().int().min(0).max(25_000).default(0),
  })
  .strict();

export const roomLockRequestSchema = z.object({ ...workshopRef, locked: z.boolean() }).strict();
export const roomEntryRequestSchema = z.object({ ...workshopRef, activityId: itemIdSchema, open: z.boolean() }).strict();
export const roomRemoveRequestSchema = z.object({ ...workshopRef, participantId: z.string().regex(/^[A-Za-z0-9-]{1,64}$/) }).strict();
export const roomByWorkshopSchema = z.object(workshopRef).strict();
