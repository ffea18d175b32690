// Every piece of text in the report that people typed, with where it appears: what the PDF export
// checks against the fonts, so a warning names the very note or field a character is in.
import type { ReportModel } from './model';

export interface ReportText {
  /** Where the text is, in words the user knows, e.g. 'note 12 in "Budget" (Friction map)'. */
  label: string;
  text: string;
}

/** Notes are numbered within their area, in the order the report's appendix lists them. */
function notePlaces(model: ReportModel): string[] {
  const counts = new Map<string, number>();
  return model.appendix.notes.map((note) => {
    const key = `${note.activity}\u0000${note.area}`;
    const n = (counts.get(key) ?? 0) + 1;
    counts.set(key, n);
    return `note ${n} in "${note.area}" (${note.activity})`;
  });
}

export function reportTexts(model: ReportModel): ReportText[] {
  const items: ReportText[] = [];
  const add = (label: string, text: string) => text.trim() && items.push({ label, text });
  add('workshop title', model.title);
  add('client', model.client);
  add('facilitator', model.facilitator);
  if (model.sinceLastTime) add('title of the earlier workshop', model.sinceLastTime.earlier.title);
  const places = notePlaces(model);
  model.appendix.notes.forEach((note, i) => {
    add(places[i]!, note.text);
    add(`author of ${places[i]!}`, note.author);
  });
  for (const board of model.boards) {
    for (const area of board.areas) {
      let theme = 0;
      for (const item of area.items) if (item.kind === 'theme') add(`theme ${++theme} in "${area.title}" (${board.activity})`, item.label);
    }
  }
  for (const a of model.actions) {
    add(`action ${a.number} title`, a.title);
    add(`action ${a.number} description`, a.description);
    add(`action ${a.number} owner`, a.owner);
    add(`action ${a.number} metric`, a.metric);
  }
  for (const c of model.commitments) {
    const team = c.team.toLowerCase();
    add(`sign-off name of the head of ${team}`, c.head);
    add(`commitment of the head of ${team}`, c.statement);
  }
  for (const h of model.handoffs) {
    h.stages.forEach((s, i) => add(`handoff stage ${i + 1} (${h.activity})`, `${s.name} ${s.marketing} ${s.sales}`));
    add(`MQL definition (${h.activity})`, h.mqlDefinition);
    add(`SQL definition (${h.activity})`, h.sqlDefinition);
    add(`follow-up notes (${h.activity})`, h.followUpNotes);
    add(`returned leads (${h.activity})`, h.returnedLeads);
  }
  model.appendix.participants.forEach((p, i) => add(`participant ${i + 1} name`, p.label));
  return items;
}
