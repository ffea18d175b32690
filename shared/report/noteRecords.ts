// Every note of a workshop as a reader sees it, for the report's appendix and the notes CSV alike:
// areas and themes by name, votes counted, and no author in an anonymous workshop.
import { NOTE_TEAM_LABELS } from '../board/schema';
import { voteCounts } from '../board/votes';
import type { WorkshopDocument } from '../workshop/schema';

export interface NoteRecord {
  activity: string;
  area: string;
  theme: string;
  team: string;
  author: string;
  text: string;
  votes: number;
  hidden: boolean;
}

export function noteRecords(doc: WorkshopDocument): NoteRecord[] {
  return doc.agenda.flatMap((activity) => {
    const board = activity.board;
    if (!board) return [];
    const counts = voteCounts(board);
    return board.notes.map((note) => ({
      activity: activity.title,
      area: board.areas.find((a) => a.id === note.areaId)?.title ?? '',
      theme: board.themes.find((t) => t.id === note.themeId)?.name ?? '',
      team: NOTE_TEAM_LABELS[note.team],
      author: doc.settings.anonymous ? '' : note.author,
      text: note.text,
      votes: counts.get(note.id) ?? 0,
      hidden: note.hidden,
    }));
  });
}
