// The notes and the actions of a workshop as CSV for spreadsheets, with a byte-order mark so
// Excel reads UTF-8, and formula-like cells neutralised (see writeCsv).
import { ACTION_TEAM_LABELS, PRIORITY_LABELS, STATUS_LABELS } from '../actions/schema';
import { NOTE_TEAM_LABELS } from '../board/schema';
import { voteCounts } from '../board/votes';
import { writeCsv } from '../csv/writeCsv';
import type { WorkshopDocument } from '../workshop/schema';

export function notesCsv(doc: WorkshopDocument): string {
  const rows: (string | number)[][] = [['activity', 'area', 'theme', 'team', 'author', 'text', 'votes', 'hidden']];
  for (const activity of doc.agenda) {
    const board = activity.board;
    if (!board) continue;
    const counts = voteCounts(board);
    for (const note of board.notes) {
      rows.push([
        activity.title,
        board.areas.find((a) => a.id === note.areaId)?.title ?? '',
        board.themes.find((t) => t.id === note.themeId)?.name ?? '',
        NOTE_TEAM_LABELS[note.team],
        doc.settings.anonymous ? '' : note.author,
        note.text,
        counts.get(note.id) ?? 0,
        note.hidden ? 'yes' : 'no',
      ]);
    }
  }
  return writeCsv(rows, { bom: true });
}

export function actionsCsv(doc: WorkshopDocument): string {
  const rows: (string | number)[][] = [['#', 'title', 'description', 'owner', 'team', 'due', 'success metric', 'priority', 'status', 'source']];
  doc.actions.forEach((a, i) =>
    rows.push([
      i + 1,
      a.title,
      a.description,
      a.owner,
      ACTION_TEAM_LABELS[a.team],
      a.due,
      a.metric,
      PRIORITY_LABELS[a.priority],
      STATUS_LABELS[a.status],
      a.source.kind === 'none' ? '' : a.source.label,
    ]),
  );
  return writeCsv(rows, { bom: true });
}
