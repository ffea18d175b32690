// What a board shows, worked out once per change: votes per note and theme, the visible notes and
// themes of each area, and the notes in the order they appear on screen (for the arrow keys).
import { useMemo } from 'react';
import type { Board, Note, Theme } from '../../../shared/board/schema';
import { themeVotes, voteCounts } from '../../../shared/board/votes';

export interface BoardModel {
  counts: Map<string, number>;
  themeTotals: Map<string, number>;
  notesByArea: Map<string, Note[]>;
  themesByArea: Map<string, Theme[]>;
  /** Per area, note ids in screen order: themes first, then loose notes. */
  visualOrder: string[][];
}

export function useBoardModel(board: Board): BoardModel {
  const counts = useMemo(() => voteCounts(board), [board]);
  const themeTotals = useMemo(() => themeVotes(board, counts), [board, counts]);
  const notesByArea = useMemo(() => {
    const map = new Map<string, Note[]>(board.areas.map((a) => [a.id, []]));
    for (const note of board.notes) if (!note.hidden) map.get(note.areaId)?.push(note);
    return map;
  }, [board.areas, board.notes]);
  const themesByArea = useMemo(() => new Map(board.areas.map((a) => [a.id, board.themes.filter((t) => t.areaId === a.id)])), [board.areas, board.themes]);
  const visualOrder = useMemo(
    () =>
      board.areas.map((area) => {
        const notes = notesByArea.get(area.id) ?? [];
        const inThemes = (themesByArea.get(area.id) ?? []).flatMap((t) => notes.filter((n) => n.themeId === t.id));
        return [...inThemes, ...notes.filter((n) => !n.themeId)].map((n) => n.id);
      }),
    [board.areas, notesByArea, themesByArea],
  );
  return { counts, themeTotals, notesByArea, themesByArea, visualOrder };
}
