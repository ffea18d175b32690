// Every piece of text in the report that people typed, with where it appears: what the PDF export
// checks against the embedded fonts before it prints.
import type { ReportModel } from './model';

export interface ReportText {
  /** Where the text is, in words the user knows, e.g. "Note in Where the friction is". */
  label: string;
  text: string;
}

export function reportTexts(model: ReportModel): ReportText[] {
  const items: ReportText[] = [];
  const add = (label: string, text: string) => text && items.push({ label, text });
  add('Workshop title', model.title);
  add('Client', model.client);
  add('Facilitator', model.facilitator);
  for (const note of model.appendix.notes) add(`Note in ${note.activity}`, `${note.text} ${note.author}`);
  for (const board of model.boards) for (const area of board.areas) for (const item of area.items) if (item.kind === 'theme') add(`Theme in ${board.activity}`, item.label);
  for (const a of model.actions) add(`Action ${a.number}`, [a.title, a.description, a.owner, a.metric].join(' '));
  for (const c of model.commitments) add(`Commitment of the head of ${c.team.toLowerCase()}`, `${c.head} ${c.statement}`);
  for (const h of model.handoffs) {
    for (const s of h.stages) add(`Handoff stage ${s.name}`, `${s.name} ${s.marketing} ${s.sales}`);
    add(`Lead agreements in ${h.activity}`, [h.mqlDefinition, h.sqlDefinition, h.followUpNotes, h.returnedLeads].join(' '));
  }
  for (const p of model.appendix.participants) add('Participant name', p.label);
  return items;
}
