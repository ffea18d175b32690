// Changes to a board as pure functions: the renderer applies them (and can undo them), main
// validates the result when it saves. A change that is not allowed returns the board unchanged.
import type { Area, Board, Note, NoteTeam } from './schema';
import { hasVisibleText } from '../text/plainText';

export interface NewNote {
  id: string;
  areaId: string;
  text: string;
  team: NoteTeam;
  author?: string;
  hidden?: boolean;
  writer?: string | null;
}

/** A board of these areas with nothing on it yet. */
export function newBoard(areas: Area[]): Board {
  return { areas, notes: [], themes: [], privateMode: false, voteBudget: 3, ballots: [], picks: {} };
}

export function addNote(board: Board, note: NewNote): Board {
  if (!board.areas.some((a) => a.id === note.areaId) || !hasVisibleText(note.text)) return board;
  const created: Note = {
    id: note.id,
    areaId: note.areaId,
    text: note.text,
    team: note.team,
    author: note.author?.trim() ?? '',
    tally: 0,
    themeId: null,
    hidden: note.hidden ?? false,
    writer: note.writer ?? null,
  };
  return { ...board, notes: [...board.notes, created] };
}

export function updateNote(board: Board, id: string, change: Partial<Pick<Note, 'text' | 'team' | 'author'>>): Board {
  if (change.text !== undefined && !hasVisibleText(change.text)) return board;
  return { ...board, notes: board.notes.map((n) => (n.id === id ? { ...n, ...change } : n)) };
}

/** Themes left without notes disappear with their last note. */
function dropEmptyThemes(board: Board): Board {
  const used = new Set(board.notes.map((n) => n.themeId));
  const themes = board.themes.filter((t) => used.has(t.id));
  return themes.length === board.themes.length ? board : { ...board, themes };
}

/** Deletes notes; votes cast on them go back to their voters. */
export function deleteNotes(board: Board, ids: readonly string[]): Board {
  const gone = new Set(ids);
  return dropEmptyThemes({
    ...board,
    notes: board.notes.filter((n) => !gone.has(n.id)),
    ballots: board.ballots.map((b) => (b.votes.some((v) => gone.has(v)) ? { ...b, votes: b.votes.filter((v) => !gone.has(v)) } : b)),
  });
}

/**
 * Moves notes to an area, before `beforeId` (a note there) or at its end. Notes leave a theme of
 * another area; moving onto a theme's note puts them in that theme.
 */
export function moveNotes(board: Board, ids: readonly string[], areaId: string, beforeId?: string | null): Board {
  if (!board.areas.some((a) => a.id === areaId)) return board;
  const moving = new Set(ids);
  const before = beforeId ? board.notes.find((n) => n.id === beforeId && !moving.has(n.id)) : undefined;
  const targetTheme = before?.areaId === areaId ? before.themeId : undefined;
  const moved = board.notes
    .filter((n) => moving.has(n.id))
    .map((n) => ({
      ...n,
      areaId,
      themeId: targetTheme !== undefined ? targetTheme : n.areaId === areaId ? n.themeId : null,
    }));
  const rest = board.notes.filter((n) => !moving.has(n.id));
  let index = before ? rest.indexOf(before) : -1;
  if (index < 0) {
    const lastInArea = rest.findLastIndex((n) => n.areaId === areaId);
    index = lastInArea < 0 ? rest.length : lastInArea + 1;
  }
  return dropEmptyThemes({ ...board, notes: [...rest.slice(0, index), ...moved, ...rest.slice(index)] });
}

/** Moves one note up (-1) or down (+1) among the notes of its area. */
export function reorderNote(board: Board, id: string, direction: -1 | 1): Board {
  const note = board.notes.find((n) => n.id === id);
  if (!note) return board;
  const inArea = board.notes.filter((n) => n.areaId === note.areaId);
  const position = inArea.indexOf(note);
  const neighbour = inArea[position + direction];
  if (!neighbour) return board;
  const notes = [...board.notes];
  const a = notes.indexOf(note);
  const b = notes.indexOf(neighbour);
  [notes[a], notes[b]] = [notes[b]!, notes[a]!];
  return { ...board, notes };
}

/** Clusters notes into a new named theme in the area of the first note. */
export function groupNotes(board: Board, ids: readonly string[], theme: { id: string; name: string }): Board {
  const first = board.notes.find((n) => ids.includes(n.id));
  if (!first || !hasVisibleText(theme.name)) return board;
  const grouped = new Set(ids);
  return dropEmptyThemes({
    ...board,
    themes: [...board.themes, { id: theme.id, areaId: first.areaId, name: theme.name.trim() }],
    notes: board.notes.map((n) => (grouped.has(n.id) ? { ...n, areaId: first.areaId, themeId: theme.id } : n)),
  });
}

export function addToTheme(board: Board, ids: readonly string[], themeId: string): Board {
  const theme = board.themes.find((t) => t.id === themeId);
  if (!theme) return board;
  const adding = new Set(ids);
  return dropEmptyThemes({
    ...board,
    notes: board.notes.map((n) => (adding.has(n.id) ? { ...n, areaId: theme.areaId, themeId } : n)),
  });
}

export function renameTheme(board: Board, themeId: string, name: string): Board {
  if (!hasVisibleText(name)) return board;
  return { ...board, themes: board.themes.map((t) => (t.id === themeId ? { ...t, name: name.trim() } : t)) };
}

export function ungroup(board: Board, themeId: string): Board {
  return {
    ...board,
    themes: board.themes.filter((t) => t.id !== themeId),
    notes: board.notes.map((n) => (n.themeId === themeId ? { ...n, themeId: null } : n)),
  };
}

export function setPrivateMode(board: Board, privateMode: boolean): Board {
  return { ...board, privateMode };
}

/** Shows every hidden note at once. */
export function revealAll(board: Board): Board {
  return { ...board, privateMode: false, notes: board.notes.map((n) => (n.hidden ? { ...n, hidden: false } : n)) };
}

/** One dot from a voter; refused once they have spent the board's budget. */
export function castVote(board: Board, voter: { id: string; label: string }, noteId: string): Board {
  const note = board.notes.find((n) => n.id === noteId);
  if (!note || note.hidden) return board;
  const ballot = board.ballots.find((b) => b.id === voter.id);
  if ((ballot?.votes.length ?? 0) >= board.voteBudget) return board;
  const ballots = ballot
    ? board.ballots.map((b) => (b.id === voter.id ? { ...b, votes: [...b.votes, noteId] } : b))
    : [...board.ballots, { id: voter.id, label: voter.label, votes: [noteId] }];
  return { ...board, ballots };
}

/** Takes back one of a voter's dots from a note. */
export function retractVote(board: Board, voterId: string, noteId: string): Board {
  return {
    ...board,
    ballots: board.ballots.map((b) => {
      if (b.id !== voterId) return b;
      const index = b.votes.lastIndexOf(noteId);
      return index < 0 ? b : { ...b, votes: b.votes.filter((_, i) => i !== index) };
    }),
  };
}

export function setTally(board: Board, noteId: string, tally: number): Board {
  const value = Math.max(0, Math.min(999, Math.round(tally)));
  return { ...board, notes: board.notes.map((n) => (n.id === noteId ? { ...n, tally: value } : n)) };
}

export function clearVotes(board: Board): Board {
  return { ...board, ballots: [], notes: board.notes.map((n) => (n.tally === 0 ? n : { ...n, tally: 0 })) };
}

/** Changes the budget, never below what a voter has already spent. */
export function setVoteBudget(board: Board, budget: number): Board {
  const spent = Math.max(0, ...board.ballots.map((b) => b.votes.length));
  return { ...board, voteBudget: Math.max(1, spent, Math.min(20, Math.round(budget))) };
}

export function addArea(board: Board, area: Pick<Area, 'id' | 'title'> & Partial<Area>): Board {
  if (!hasVisibleText(area.title) || board.areas.length >= 40) return board;
  return { ...board, areas: [...board.areas, { hint: '', ...area, title: area.title.trim() }] };
}

export function updateArea(board: Board, id: string, change: Partial<Pick<Area, 'title' | 'hint' | 'family'>>): Board {
  if (change.title !== undefined && !hasVisibleText(change.title)) return board;
  return { ...board, areas: board.areas.map((a) => (a.id === id ? { ...a, ...change } : a)) };
}

/** Removes an area; its notes and themes move to the first remaining area, never lost. */
export function removeArea(board: Board, id: string): Board {
  const remaining = board.areas.filter((a) => a.id !== id);
  if (remaining.length === 0 || remaining.length === board.areas.length) return board;
  const fallback = remaining[0]!.id;
  return {
    ...board,
    areas: remaining,
    notes: board.notes.map((n) => (n.areaId === id ? { ...n, areaId: fallback } : n)),
    themes: board.themes.map((t) => (t.areaId === id ? { ...t, areaId: fallback } : t)),
    picks: Object.fromEntries(Object.entries(board.picks).filter(([areaId]) => areaId !== id)),
  };
}

export function moveArea(board: Board, id: string, direction: -1 | 1): Board {
  const index = board.areas.findIndex((a) => a.id === id);
  const target = index + direction;
  if (index < 0 || target < 0 || target >= board.areas.length) return board;
  const areas = [...board.areas];
  [areas[index], areas[target]] = [areas[target]!, areas[index]!];
  return { ...board, areas };
}

/** Messaging harvest: chooses the note that stands for an area in the shared platform (null: top-voted). */
export function pickForPlatform(board: Board, areaId: string, noteId: string | null): Board {
  const picks = { ...board.picks };
  if (noteId === null) delete picks[areaId];
  else picks[areaId] = noteId;
  return { ...board, picks };
}

/** Hidden notes and how many different people wrote them: "12 hidden notes from 4 people". */
export function hiddenSummary(board: Board): { notes: number; people: number } {
  const hidden = board.notes.filter((n) => n.hidden);
  return { notes: hidden.length, people: new Set(hidden.map((n) => n.writer ?? 'facilitator')).size };
}
