// References inside a workshop that lead nowhere: a note in an area or theme its board does not
// have, a theme in a missing area, a ballot's vote for a missing note, a timer for an activity not
// in the agenda. Baton never makes such a file, but a hand-edited or foreign one could: the note
// would be invisible on the board yet counted in the CSV, so an imported file with one is refused,
// naming the place, as repeated ids are (repeatedIds.ts).
import type { FieldIssue } from '../result';
import type { WorkshopDocument } from './schema';

const quote = (id: string) => `"${id}"`;

export function danglingReferenceIssues(doc: WorkshopDocument): FieldIssue[] {
  const issues: FieldIssue[] = [];
  doc.agenda.forEach((activity, i) => {
    const board = activity.board;
    if (!board) return;
    const at = `agenda.${i}.board`;
    const areas = new Set(board.areas.map((a) => a.id));
    const themes = new Set(board.themes.map((t) => t.id));
    const notes = new Set(board.notes.map((n) => n.id));
    board.notes.forEach((note, j) => {
      if (!areas.has(note.areaId)) issues.push({ path: `${at}.notes.${j}.areaId`, message: `names area ${quote(note.areaId)}, which this board does not have` });
      if (note.themeId !== null && !themes.has(note.themeId)) issues.push({ path: `${at}.notes.${j}.themeId`, message: `names theme ${quote(note.themeId)}, which this board does not have` });
    });
    board.themes.forEach((theme, k) => {
      if (!areas.has(theme.areaId)) issues.push({ path: `${at}.themes.${k}.areaId`, message: `names area ${quote(theme.areaId)}, which this board does not have` });
    });
    board.ballots.forEach((ballot, b) => {
      const v = ballot.votes.findIndex((id) => !notes.has(id));
      if (v >= 0) issues.push({ path: `${at}.ballots.${b}.votes.${v}`, message: `is a vote for note ${quote(ballot.votes[v]!)}, which this board does not have` });
    });
  });
  const activities = new Set(doc.agenda.map((a) => a.id));
  for (const id of Object.keys(doc.runtime.timers)) {
    if (!activities.has(id)) issues.push({ path: `runtime.timers.${id}`, message: `is a timer for activity ${quote(id)}, which the agenda does not have` });
  }
  return issues;
}

/**
 * What Baton itself leaves behind and should not export: a removed activity's timer stays in the
 * session so Undo brings it back with the activity, but it has no place in a file.
 */
export function withoutLeftovers(doc: WorkshopDocument): WorkshopDocument {
  const activities = new Set(doc.agenda.map((a) => a.id));
  const timers = Object.entries(doc.runtime.timers);
  if (timers.every(([id]) => activities.has(id))) return doc;
  return { ...doc, runtime: { ...doc.runtime, timers: Object.fromEntries(timers.filter(([id]) => activities.has(id))) } };
}
