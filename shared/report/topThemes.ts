// The themes and notes the room voted highest, across every board of a workshop.
import type { Activity } from '../agenda/schema';
import { rankByVotes } from '../board/votes';

export interface TopItem {
  activityId: string;
  activityTitle: string;
  area: string;
  /** A theme, or a note not in any theme. */
  kind: 'theme' | 'note';
  id: string;
  label: string;
  votes: number;
  /** For a theme, the texts of its notes. */
  notes: string[];
}

export function topThemes(agenda: readonly Activity[], limit = Infinity): TopItem[] {
  const items: (TopItem & { order: number })[] = [];
  for (const activity of agenda) {
    if (!activity.board) continue;
    for (const area of activity.board.areas) {
      for (const ranked of rankByVotes(activity.board, area.id)) {
        if (ranked.votes === 0) continue;
        const base = { activityId: activity.id, activityTitle: activity.title, area: area.title, votes: ranked.votes, order: items.length };
        items.push(
          ranked.kind === 'theme'
            ? { ...base, kind: 'theme', id: ranked.theme.id, label: ranked.theme.name, notes: ranked.notes.map((n) => n.text) }
            : { ...base, kind: 'note', id: ranked.note.id, label: ranked.note.text, notes: [] },
        );
      }
    }
  }
  return items
    .sort((a, b) => b.votes - a.votes || a.order - b.order)
    .slice(0, limit)
    .map(({ order: _order, ...item }) => item);
}
