// What one phone sees of the workshop: the activity the facilitator has opened, stripped of
// everything private. This is the ONLY shape of workshop data the room server sends a phone, so
// what it leaves out is the privacy promise: facilitator notes, other people's hidden notes,
// other people's answers and ballots, who wrote which note (writer ids), vote tallies, and every
// name when the workshop hides names. It is built from plain fields one by one (never spread
// from a stored object), so a field added to the workshop later stays private until added here.
import type { ActivityKind } from '../agenda/kinds';
import type { Activity } from '../agenda/schema';
import type { Board, NoteTeam } from '../board/schema';
import { STATEMENT_COUNT, type Answer } from '../diagnostic/model';
import type { WorkshopDocument } from '../workshop/schema';
import type { RoomSender, RoomTeam } from './contract';

export interface PublicNote {
  id: string;
  areaId: string;
  text: string;
  team: NoteTeam;
  themeId: string | null;
  /** The author's name; '' when the workshop hides names or none was given. */
  author: string;
  /** Written by this phone: it may edit or delete it while `editable`. */
  mine: boolean;
  /** Only one's own notes can be hidden (not revealed yet); others' hidden notes are never sent. */
  hidden: boolean;
  editable: boolean;
}

export interface BoardView {
  kind: 'board';
  id: string;
  activityKind: ActivityKind;
  title: string;
  prompt: string;
  /** False once the facilitator closed entry for this activity: show, but send nothing. */
  entryOpen: boolean;
  /** Private writing: new notes stay hidden until the facilitator reveals them. */
  privateMode: boolean;
  areas: { id: string; title: string; hint: string }[];
  /** One's own notes and every revealed note. */
  notes: PublicNote[];
  themes: { id: string; areaId: string; name: string }[];
  voteBudget: number;
  /** One's own dots (note ids, repeated for several dots on one note). */
  myVotes: string[];
}

export interface DiagnosticView {
  kind: 'diagnostic';
  id: string;
  title: string;
  prompt: string;
  entryOpen: boolean;
  /** One's own 20 answers (null = not answered); statements' texts are in shared/diagnostic/statements.ts. */
  answers: Answer[];
}

/** An activity phones take no input in (welcome, break...): the phone shows a waiting screen. */
export interface WaitingView {
  kind: 'waiting';
  id: string;
  title: string;
  prompt: string;
}

export type ActivityView = BoardView | DiagnosticView | WaitingView;

export interface ParticipantView {
  workshopTitle: string;
  me: { id: string; team: RoomTeam; name: string };
  /** Whether the room takes new joiners (a joined phone carries on either way). */
  locked: boolean;
  /** What the facilitator has opened; null before the workshop starts. */
  activity: ActivityView | null;
}

/** What the room knows besides the workshop: which activities no longer take entries. */
export interface RoomSettings {
  locked: boolean;
  closedActivityIds: readonly string[];
}

/**
 * One's own note can be edited or deleted until the reveal, that is while it is hidden; once the
 * room has seen it (or on a board without private writing, once sent) only the facilitator changes it.
 */
export function noteEditable(board: Board, noteId: string, senderId: string): boolean {
  const note = board.notes.find((n) => n.id === noteId);
  return note !== undefined && note.writer === senderId && note.hidden;
}

function boardView(activity: Activity, board: Board, sender: RoomSender, anonymous: boolean, entryOpen: boolean): BoardView {
  const notes: PublicNote[] = [];
  for (const n of board.notes) {
    const mine = n.writer === sender.id;
    if (n.hidden && !mine) continue;
    notes.push({
      id: n.id,
      areaId: n.areaId,
      text: n.text,
      team: n.team,
      themeId: n.themeId,
      author: anonymous ? '' : n.author,
      mine,
      hidden: n.hidden,
      editable: mine && entryOpen && noteEditable(board, n.id, sender.id),
    });
  }
  return {
    kind: 'board',
    id: activity.id,
    activityKind: activity.kind,
    title: activity.title,
    prompt: activity.prompt,
    entryOpen,
    privateMode: board.privateMode,
    areas: board.areas.map((a) => ({ id: a.id, title: a.title, hint: a.hint })),
    notes,
    // A theme of only hidden notes would name what they are about.
    themes: board.themes.filter((t) => notes.some((n) => n.themeId === t.id)).map((t) => ({ id: t.id, areaId: t.areaId, name: t.name })),
    voteBudget: board.voteBudget,
    myVotes: [...(board.ballots.find((b) => b.id === sender.id)?.votes ?? [])],
  };
}

/** The view of `doc` for one phone; pure, so the server can build it for each phone on every save. */
export function participantView(doc: WorkshopDocument, sender: RoomSender, room: RoomSettings): ParticipantView {
  const anonymous = doc.settings.anonymous;
  const me = { id: sender.id, team: sender.team, name: sender.name };
  const base = { workshopTitle: doc.title, me, locked: room.locked };
  const activity = doc.agenda.find((a) => a.id === doc.runtime.currentActivityId);
  if (!activity) return { ...base, activity: null };
  const entryOpen = !room.closedActivityIds.includes(activity.id);
  const head = { id: activity.id, title: activity.title, prompt: activity.prompt };
  if (activity.kind === 'diagnostic') {
    const own = doc.diagnostic.participants.find((p) => p.id === sender.id);
    const answers = own ? [...own.answers] : Array<Answer>(STATEMENT_COUNT).fill(null);
    return { ...base, activity: { kind: 'diagnostic', ...head, entryOpen, answers } };
  }
  if (activity.board) return { ...base, activity: boardView(activity, activity.board, sender, anonymous, entryOpen) };
  return { ...base, activity: { kind: 'waiting', ...head } };
}
