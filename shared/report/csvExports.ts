// The notes and the actions of a workshop as CSV for spreadsheets, with a byte-order mark so
// Excel reads UTF-8, and formula-like cells neutralised (see writeCsv).
import { actionOrigin } from '../actions/origin';
import { ACTION_TEAM_LABELS, PRIORITY_LABELS, STATUS_LABELS } from '../actions/schema';
import { writeCsv } from '../csv/writeCsv';
import { writeAnswersCsv } from '../diagnostic/csvImport';
import type { WorkshopDocument } from '../workshop/schema';
import { noteRecords } from './noteRecords';

export function notesCsv(doc: WorkshopDocument): string {
  const rows: (string | number)[][] = [['activity', 'area', 'theme', 'team', 'author', 'text', 'votes', 'hidden']];
  for (const n of noteRecords(doc)) rows.push([n.activity, n.area, n.theme, n.team, n.author, n.text, n.votes, n.hidden ? 'yes' : 'no']);
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
      // Worded as on the screen and in the PDF ("Carried over from …", "From …").
      actionOrigin(a.source),
    ]),
  );
  return writeCsv(rows, { bom: true });
}

/**
 * The diagnostic's answers in the layout the answers import reads, so they can be edited in a
 * spreadsheet and imported again. Like the notes CSV, an anonymous workshop's file has no names.
 */
export function answersCsv(doc: WorkshopDocument): string {
  const anonymous = doc.settings.anonymous;
  const entries = doc.diagnostic.participants.map((p) => ({ participant: anonymous ? '' : p.name, team: p.team, role: p.role, answers: p.answers }));
  return writeAnswersCsv(entries, { bom: true });
}
