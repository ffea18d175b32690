// Counting dot votes: a note's votes are its tally plus the ballots naming it; a theme's votes are
// the sum of its notes' votes; each voter spends at most the board's budget.
import type { Board, Note, Theme } from './schema';

export function voteCounts(board: Board): Map<string, number> {
  const counts = new Map<string, number>();
  for (const note of board.notes) counts.set(note.id, note.tally);
  for (const ballot of board.ballots) {
    for (const id of ballot.votes) if (counts.has(id)) counts.set(id, counts.get(id)! + 1);
  }
  return counts;
}

export function themeVotes(board: Board, counts = voteCounts(board)): Map<string, number> {
  const totals = new Map<string, number>(board.themes.map((t) => [t.id, 0]));
  for (const note of board.notes) {
    if (note.themeId && totals.has(note.themeId)) totals.set(note.themeId, totals.get(note.themeId)! + (counts.get(note.id) ?? 0));
  }
  return totals;
}

export function remainingVotes(board: Board, ballotId: string): number {
  const ballot = board.ballots.find((b) => b.id === ballotId);
  return board.voteBudget - (ballot?.votes.length ?? 0);
}

export type Ranked = { kind: 'note'; note: Note; votes: number } | { kind: 'theme'; theme: Theme; notes: Note[]; votes: number };

/**
 * Themes and ungrouped notes of the visible board, most votes first (ties keep board order), the
 * way results are read out at the end of a vote.
 */
export function rankByVotes(board: Board, areaId?: string): Ranked[] {
  const counts = voteCounts(board);
  const totals = themeVotes(board, counts);
  const visible = board.notes.filter((n) => !n.hidden && (areaId === undefined || n.areaId === areaId));
  const ranked: Ranked[] = [];
  for (const theme of board.themes) {
    if (areaId !== undefined && theme.areaId !== areaId) continue;
    const notes = visible.filter((n) => n.themeId === theme.id);
    if (notes.length > 0) ranked.push({ kind: 'theme', theme, notes, votes: totals.get(theme.id) ?? 0 });
  }
  for (const note of visible) if (!note.themeId) ranked.push({ kind: 'note', note, votes: counts.get(note.id) ?? 0 });
  return ranked.map((r, order) => ({ r, order })).sort((a, b) => b.r.votes - a.r.votes || a.order - b.order).map(({ r }) => r);
}
