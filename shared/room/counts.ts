// The facilitator's live figures for an open room, from the workshop and the room's participant
// list: joined by team, "23 of 30 have answered", "12 hidden notes from 4 people", votes cast.
import { hiddenSummary } from '../board/edits';
import { MIN_ANSWERED } from '../diagnostic/model';
import type { WorkshopDocument } from '../workshop/schema';
import { ROOM_TEAMS, type RoomSender, type RoomTeam } from './contract';

export interface RoomCounts {
  joined: Record<RoomTeam, number> & { total: number };
  /** Diagnostic participants (phones and laptop entry) with enough answers to be counted, of everyone expected. */
  answered: { done: number; of: number };
  /** On the activity's board, when it has one. */
  hidden: { notes: number; people: number } | null;
  votes: { voters: number; dots: number } | null;
}

export function roomCounts(doc: WorkshopDocument, participants: readonly RoomSender[], activityId: string | null): RoomCounts {
  const joined = Object.fromEntries(ROOM_TEAMS.map((t) => [t, participants.filter((p) => p.team === t).length])) as Record<RoomTeam, number>;
  const everyone = new Set([...participants.map((p) => p.id), ...doc.diagnostic.participants.map((p) => p.id)]);
  const done = doc.diagnostic.participants.filter((p) => p.answers.filter((a) => a !== null).length >= MIN_ANSWERED).length;
  const board = doc.agenda.find((a) => a.id === activityId)?.board ?? null;
  const ballots = board?.ballots.filter((b) => b.votes.length > 0) ?? [];
  return {
    joined: { ...joined, total: participants.length },
    answered: { done, of: everyone.size },
    hidden: board ? hiddenSummary(board) : null,
    votes: board ? { voters: ballots.length, dots: ballots.reduce((sum, b) => sum + b.votes.length, 0) } : null,
  };
}
