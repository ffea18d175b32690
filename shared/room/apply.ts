// Applies a phone's message to the workshop through the same edit functions laptop entry uses
// (board/edits.ts, diagnostic/edits.ts), so a phone's note or answer is indistinguishable from
// one typed on the laptop and goes through the same autosave and undo. Pure and idempotent:
// applying a message twice, or replaying a phone's messages in order from any earlier point,
// leaves the workshop as applying each once (see the EXACTLY ONCE note in contract.ts).
import { updateBoard } from '../agenda/edits';
import type { Activity } from '../agenda/schema';
import { addNote, castVote, deleteNotes, moveNotes, retractVote, updateNote } from '../board/edits';
import { NOTES_PER_WORKSHOP_MAX, type Board, type NoteTeam } from '../board/schema';
import { addParticipant, removeParticipant, setAnswer } from '../diagnostic/edits';
import type { Answer } from '../diagnostic/model';
import { MAX_PARTICIPANTS } from '../diagnostic/schema';
import { countNotes, type WorkshopDocument } from '../workshop/schema';
import { ROOM_LIMITS, type ParticipantMessage, type RoomSender, type RoomTeam } from './contract';
import { noteEditable } from './view';

/** Notes carry the team colours of the board; `other` (leadership and guests) writes as leadership. */
export const NOTE_TEAM_OF: Record<RoomTeam, NoteTeam> = { sales: 'sales', marketing: 'marketing', other: 'leadership' };

export type ApplyOutcome =
  /** The workshop changed. */
  | { outcome: 'applied'; doc: WorkshopDocument }
  /** Already so (a resend, or a value set to what it was): nothing to do, and not an error. */
  | { outcome: 'unchanged'; doc: WorkshopDocument }
  /** Never to be applied; `reason` is said to the participant. */
  | { outcome: 'refused'; doc: WorkshopDocument; reason: string };

const refused = (doc: WorkshopDocument, reason: string): ApplyOutcome => ({ outcome: 'refused', doc, reason });

function withBoard(doc: WorkshopDocument, activity: Activity, board: Board): ApplyOutcome {
  if (board === activity.board) return { outcome: 'unchanged', doc };
  return { outcome: 'applied', doc: { ...doc, agenda: updateBoard(doc.agenda, activity.id, () => board) } };
}

function notesBy(doc: WorkshopDocument, senderId: string): number {
  return doc.agenda.reduce((sum, a) => sum + (a.board?.notes.filter((n) => n.writer === senderId).length ?? 0), 0);
}

function applyToBoard(doc: WorkshopDocument, activity: Activity, board: Board, sender: RoomSender, message: ParticipantMessage): ApplyOutcome {
  switch (message.type) {
    case 'addNote': {
      const existing = board.notes.find((n) => n.id === message.noteId);
      if (existing) return existing.writer === sender.id ? { outcome: 'unchanged', doc } : refused(doc, 'That note id is taken; send the note again.');
      if (doc.agenda.some((a) => a.board?.notes.some((n) => n.id === message.noteId))) return refused(doc, 'That note id is taken; send the note again.');
      if (!board.areas.some((a) => a.id === message.areaId)) return refused(doc, 'That area is no longer on the board.');
      if (notesBy(doc, sender.id) >= ROOM_LIMITS.maxNotesPerParticipant) return refused(doc, `One person can write at most ${ROOM_LIMITS.maxNotesPerParticipant} notes.`);
      if (countNotes(doc) >= NOTES_PER_WORKSHOP_MAX) return refused(doc, 'The workshop is full: it holds no more notes.');
      return withBoard(
        doc,
        activity,
        addNote(board, {
          id: message.noteId,
          areaId: message.areaId,
          text: message.text,
          team: NOTE_TEAM_OF[sender.team],
          author: sender.name,
          hidden: board.privateMode,
          writer: sender.id,
        }),
      );
    }
    case 'editNote': {
      const note = board.notes.find((n) => n.id === message.noteId);
      if (!note || note.writer !== sender.id) return refused(doc, 'That note is not yours or no longer there.');
      const sameText = message.text === undefined || message.text === note.text;
      const sameArea = message.areaId === undefined || message.areaId === note.areaId;
      if (sameText && sameArea) return { outcome: 'unchanged', doc };
      if (!noteEditable(board, note.id, sender.id)) return refused(doc, 'Notes can no longer be changed once the room has seen them.');
      if (message.areaId !== undefined && !board.areas.some((a) => a.id === message.areaId)) return refused(doc, 'That area is no longer on the board.');
      let next = sameText ? board : updateNote(board, note.id, { text: message.text! });
      if (!sameArea) next = moveNotes(next, [note.id], message.areaId!);
      return withBoard(doc, activity, next);
    }
    case 'deleteNote': {
      const note = board.notes.find((n) => n.id === message.noteId);
      if (!note) return { outcome: 'unchanged', doc };
      if (note.writer !== sender.id) return refused(doc, 'That note is not yours.');
      if (!noteEditable(board, note.id, sender.id)) return refused(doc, 'Notes can no longer be deleted once the room has seen them.');
      return withBoard(doc, activity, deleteNotes(board, [note.id]));
    }
    case 'setVotes': {
      if (message.noteIds.length > board.voteBudget) return refused(doc, `You have ${board.voteBudget} dots on this board.`);
      const votable = new Set(board.notes.filter((n) => !n.hidden).map((n) => n.id));
      if (!message.noteIds.every((id) => votable.has(id))) return refused(doc, 'Some of those notes are not on the board to vote for.');
      const current = board.ballots.find((b) => b.id === sender.id)?.votes ?? [];
      // Take back dots not wanted any more, then cast the missing ones, through the laptop's own vote edits.
      const wanted = countIds(message.noteIds);
      const have = countIds(current);
      let next = board;
      for (const [id, n] of have) for (let i = wanted.get(id) ?? 0; i < n; i++) next = retractVote(next, sender.id, id);
      for (const [id, n] of wanted) for (let i = have.get(id) ?? 0; i < n; i++) next = castVote(next, { id: sender.id, label: sender.name }, id);
      return withBoard(doc, activity, next);
    }
    case 'answer':
      return refused(doc, 'This activity takes notes, not answers.');
  }
}

function countIds(ids: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const id of ids) counts.set(id, (counts.get(id) ?? 0) + 1);
  return counts;
}

/** A phone's first answer makes it a diagnostic participant, with its team and name. */
function applyAnswer(doc: WorkshopDocument, sender: RoomSender, { statement, answer }: { statement: number; answer: Answer }): ApplyOutcome {
  let diagnostic = doc.diagnostic;
  const own = diagnostic.participants.find((p) => p.id === sender.id);
  if (own ? own.answers[statement - 1] === answer : answer === null) return { outcome: 'unchanged', doc };
  if (!own) {
    if (diagnostic.participants.length >= MAX_PARTICIPANTS) return refused(doc, `The diagnostic holds at most ${MAX_PARTICIPANTS} participants.`);
    diagnostic = addParticipant(diagnostic, { id: sender.id, name: sender.name, team: sender.team, role: sender.role ?? null });
  }
  return { outcome: 'applied', doc: { ...doc, diagnostic: setAnswer(diagnostic, sender.id, statement, answer) } };
}

/** Applies one phone message; the room server has already validated it with the contract's schema. */
export function applyParticipantMessage(doc: WorkshopDocument, sender: RoomSender, message: ParticipantMessage): ApplyOutcome {
  const activity = doc.agenda.find((a) => a.id === message.activityId);
  if (!activity) return refused(doc, 'That activity is no longer in the workshop.');
  if (message.type === 'answer') {
    if (activity.kind !== 'diagnostic') return refused(doc, 'This activity takes no diagnostic answers.');
    return applyAnswer(doc, sender, message);
  }
  if (!activity.board) return refused(doc, 'This activity has no board.');
  return applyToBoard(doc, activity, activity.board, sender, message);
}

/**
 * Everything one participant sent, taken out of the workshop in one change (so one undo brings
 * it back): their notes on every board (their dots on them go back to the voters), their ballots
 * and their diagnostic answers.
 */
export function removeParticipantContributions(doc: WorkshopDocument, participantId: string): WorkshopDocument {
  const agenda = doc.agenda.map((activity) => {
    const board = activity.board;
    if (!board) return activity;
    const theirs = board.notes.filter((n) => n.writer === participantId).map((n) => n.id);
    const hasBallot = board.ballots.some((b) => b.id === participantId);
    if (theirs.length === 0 && !hasBallot) return activity;
    const cleaned = deleteNotes(board, theirs);
    return { ...activity, board: { ...cleaned, ballots: cleaned.ballots.filter((b) => b.id !== participantId) } };
  });
  const diagnostic = doc.diagnostic.participants.some((p) => p.id === participantId) ? removeParticipant(doc.diagnostic, participantId) : doc.diagnostic;
  return { ...doc, agenda, diagnostic };
}

export interface SyncResult {
  seq: number;
  outcome: ApplyOutcome['outcome'];
  reason?: string;
}

/**
 * Applies a batch from the room's sync (shared/room/facilitator.ts) in order: the workshop after
 * them all, and the outcome of each to report in the next sync. The renderer applies `doc` as one
 * edit when it differs from the one it passed in.
 */
export function applyQueuedMessages(
  doc: WorkshopDocument,
  messages: readonly { seq: number; sender: RoomSender; message: ParticipantMessage }[],
): { doc: WorkshopDocument; results: SyncResult[] } {
  const results: SyncResult[] = [];
  for (const { seq, sender, message } of messages) {
    const step = applyParticipantMessage(doc, sender, message);
    doc = step.doc;
    results.push(step.outcome === 'refused' ? { seq, outcome: step.outcome, reason: step.reason } : { seq, outcome: step.outcome });
  }
  return { doc, results };
}
