// The participant contract: everything a phone may say to the room server, one entry per message
// with its zod schema, like the facilitator's IPC contract (shared/ipc/contract.ts). The room
// server (main/room/) validates every request with these schemas and offers nothing else; the
// phone page (a second renderer entry) imports the same schemas and types.
//
// TRANSPORT (HTTP on the laptop's chosen LAN address, one port per open room):
//   GET  /                          the participant page (static files; strict CSP)
//   POST /room/api/join             body: JoinRequest, no token. Answer: JoinAnswer (the token).
//   POST /room/api/<message>        body: the message's schema below; header
//                                   `Authorization: Bearer <token>`. Answer: MessageReceipt.
//   GET  /room/api/view             header as above. Answer: ParticipantView (see view.ts).
//   GET  /room/events?token=<token> Server-Sent Events (EventSource sends no headers, hence the
//                                   query): `view` events carry the whole ParticipantView whenever
//                                   it changes, `receipt` events a MessageReceipt whose status
//                                   changed (queued -> stored or refused).
// Every answer is a Result (shared/result.ts) as JSON: { ok: true, value } or { ok: false, error }.
// Status codes: 400 malformed, 401 no/unknown token (join again), 403 removed phone or wrong
// Host/Origin, 422 wrong join code, 404 unknown path, 405 wrong method, 409 room locked or full (join),
// 410 room closing, 413 body too large, 415 not JSON, 429 too many requests (Retry-After header,
// seconds), 503 the facilitator's Baton is behind (send again later). A message for an activity
// whose entry the facilitator closed is answered 200 with a `refused` receipt. A closed room does
// not answer at all (the server is stopped): keep the outbox and retry.
//
// EXACTLY ONCE: the phone makes every id (message ids, note ids) itself with crypto random
// bytes, keeps each message in an outbox (localStorage) until a receipt says `stored` or
// `refused`, and sends the outbox IN ORDER, one request at a time (await each answer). A resend
// of a message id the server has seen answers that message's receipt again without queueing it
// twice. Every message sets a state rather than adding to one (an answer's value, a note's text,
// the whole list of one's dots), so even after a laptop restart (when the server has forgotten
// the ids it saw) replaying the outbox in order leaves the workshop exactly as one send would;
// applyParticipantMessage (apply.ts) recognises a note id it already holds.
//
// RECEIPTS: `queued` = the server holds it for the facilitator's screen; `stored` = the
// facilitator's Baton applied it and saved the workshop (drop it from the outbox); `refused` =
// it will never be applied (reason says why; drop it and tell the person).
import { z } from 'zod';
import { noteSchema } from '../board/schema';
import { DIAGNOSTIC_TEAMS, PARTICIPANT_ROLES, STATEMENT_COUNT, type DiagnosticTeam, type ParticipantRole } from '../diagnostic/model';
import { answerSchema } from '../diagnostic/schema';
import type { ParticipantView } from './view';

/** Join codes use letters and digits nobody confuses when reading them off a projector (no 0/O, 1/I/L). */
export const JOIN_CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
/** 31^6 ≈ 8.9e8 codes: at the server's limit on failed joins (ROOM_LIMITS) a whole day of guessing has odds under 1 in 10,000. */
export const JOIN_CODE_LENGTH = 6;

export const ROOM_LIMITS = {
  /** Largest request body: a 2,000-character note in 4-byte characters plus its envelope. */
  maxBodyBytes: 16 * 1024,
  /** Requests a phone (token) may make per minute; a burst of the 20 answers plus notes fits. */
  requestsPerPhonePerMinute: 240,
  /** Requests one network address may make per minute (several phones can share one address behind NAT). */
  requestsPerAddressPerMinute: 1200,
  /** Join attempts with a wrong code, per address per minute and for the whole room per minute. */
  failedJoinsPerAddressPerMinute: 10,
  failedJoinsPerRoomPerMinute: 60,
  /** Phones a room accepts (the diagnostic holds 200 participants). */
  maxParticipants: 200,
  /** Notes one phone may hold in a workshop, so one phone cannot fill the workshop's 5,000. */
  maxNotesPerParticipant: 200,
  /** Event streams one phone may hold open at once (a reload opens a new one before the old closes). */
  maxStreamsPerPhone: 3,
} as const;

/** Teams a participant picks on joining; `other` is leadership and guests, as in the diagnostic. */
export const ROOM_TEAMS = DIAGNOSTIC_TEAMS;
export type RoomTeam = DiagnosticTeam;
export const roomTeamSchema = z.enum(ROOM_TEAMS, { error: 'must be sales, marketing or other' });

/** Ids the phone makes: 16–64 url-safe characters, enough randomness that phones never collide. */
export const phoneIdSchema = z.string().regex(/^[A-Za-z0-9_-]{16,64}$/, 'must be an id of 16–64 letters, digits, dashes and underscores');

export const joinCodeSchema = z
  .string({ error: 'The join code must be text' })
  .trim()
  .max(16, 'The join code is 6 characters')
  .transform((code) => code.toUpperCase().replace(/[\s-]/g, ''));

/** A name is optional, and never shown when the workshop hides names; same rule as a note's author. */
export const participantNameSchema = noteSchema.shape.author;

/** Head of team or staff, if the participant says; null (the default, so older phone pages still join) when not. */
export const participantRoleSchema = z.enum(PARTICIPANT_ROLES, { error: 'must be head, staff or null' }).nullable().default(null);

export const joinRequestSchema = z
  .object({
    /** Made by the phone; a resend of the same join (answer lost on the way) gets the same token back. */
    joinId: phoneIdSchema,
    code: joinCodeSchema,
    team: roomTeamSchema,
    name: participantNameSchema,
    role: participantRoleSchema,
  })
  .strict();
export type JoinRequest = z.input<typeof joinRequestSchema>;

export interface JoinAnswer {
  /** Keep it (localStorage) and send it with every request; it is this phone's identity. */
  token: string;
  participantId: string;
  team: RoomTeam;
  name: string;
  role: ParticipantRole | null;
}

const activityRef = { id: phoneIdSchema, activityId: noteSchema.shape.id };

/** One diagnostic answer (statement 1–20; null clears it); the phone may send it as each button is pressed. */
export const answerMessageSchema = z
  .object({ ...activityRef, statement: z.number().int().min(1).max(STATEMENT_COUNT), answer: answerSchema })
  .strict();

/** A new note on the activity's board, in private writing hidden until the reveal. */
export const addNoteMessageSchema = z
  .object({ ...activityRef, noteId: phoneIdSchema, areaId: noteSchema.shape.areaId, text: noteSchema.shape.text })
  .strict();

/** Changes one's own note (text and/or area) while it is still hidden (private writing, before the reveal). */
export const editNoteMessageSchema = z
  .object({ ...activityRef, noteId: phoneIdSchema, text: noteSchema.shape.text.optional(), areaId: noteSchema.shape.areaId.optional() })
  .strict()
  .refine((m) => m.text !== undefined || m.areaId !== undefined, 'An edit changes the text or the area');

/** Deletes one's own note while it is still hidden. */
export const deleteNoteMessageSchema = z.object({ ...activityRef, noteId: phoneIdSchema }).strict();

/** All of one's dots on the activity's board (a note id repeated for several dots); replaces the earlier set. */
export const setVotesMessageSchema = z
  .object({ ...activityRef, noteIds: z.array(noteSchema.shape.id).max(20, 'At most 20 dots') })
  .strict();

/** The messages that change the workshop, by name; each is `POST /room/api/<name>`. */
export const participantMessageSchemas = {
  answer: answerMessageSchema,
  addNote: addNoteMessageSchema,
  editNote: editNoteMessageSchema,
  deleteNote: deleteNoteMessageSchema,
  setVotes: setVotesMessageSchema,
} as const;
export type ParticipantMessageName = keyof typeof participantMessageSchemas;
export const participantMessageNames = Object.keys(participantMessageSchemas) as ParticipantMessageName[];

export function isParticipantMessageName(name: string): name is ParticipantMessageName {
  return Object.hasOwn(participantMessageSchemas, name);
}

/** A message with its name, as the server queues it for the facilitator's Baton. */
export type ParticipantMessage = {
  [K in ParticipantMessageName]: { type: K } & z.output<(typeof participantMessageSchemas)[K]>;
}[ParticipantMessageName];

export const participantMessageSchema = z.discriminatedUnion('type', [
  answerMessageSchema.extend({ type: z.literal('answer') }),
  addNoteMessageSchema.extend({ type: z.literal('addNote') }),
  editNoteMessageSchema.extend({ type: z.literal('editNote') }),
  deleteNoteMessageSchema.extend({ type: z.literal('deleteNote') }),
  setVotesMessageSchema.extend({ type: z.literal('setVotes') }),
]);

export type ReceiptStatus = 'queued' | 'stored' | 'refused';
export interface MessageReceipt {
  /** The message id the phone made. */
  id: string;
  status: ReceiptStatus;
  /** Why it was refused, in words to show the participant. */
  reason?: string;
}

/** Who sent a message, as the room knows them (the token is never part of it). */
export interface RoomSender {
  id: string;
  team: RoomTeam;
  /** '' when the participant gave none. */
  name: string;
  /** Unset (null or absent) when the participant did not say. */
  role?: ParticipantRole | null;
}

/** A phantom marker carrying a response type, as in the IPC contract. */
interface Returns<T> {
  readonly __returns?: T;
}
const returns = <T>(): Returns<T> => ({});

/** The whole participant contract: request schema and answer type per endpoint. */
export const participantContract = {
  join: { request: joinRequestSchema, response: returns<JoinAnswer>() },
  view: { request: z.undefined(), response: returns<ParticipantView>() },
  answer: { request: answerMessageSchema, response: returns<MessageReceipt>() },
  addNote: { request: addNoteMessageSchema, response: returns<MessageReceipt>() },
  editNote: { request: editNoteMessageSchema, response: returns<MessageReceipt>() },
  deleteNote: { request: deleteNoteMessageSchema, response: returns<MessageReceipt>() },
  setVotes: { request: setVotesMessageSchema, response: returns<MessageReceipt>() },
} as const;
export type ParticipantContract = typeof participantContract;
export type ParticipantRequestOf<K extends keyof ParticipantContract> = z.input<ParticipantContract[K]['request']>;
export type ParticipantResponseOf<K extends keyof ParticipantContract> = NonNullable<ParticipantContract[K]['response']['__returns']>;

export { ROOM_PATHS } from './paths';
