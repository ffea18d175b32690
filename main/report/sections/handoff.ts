// The relay handoff map: who does what at each buying stage, and the agreed lead definitions.
import type { Content } from 'pdfmake/interfaces';
import { STAGE_OWNER_LABELS, type HandoffStage } from '../../../shared/agenda/handoff';
import type { ReportModel } from '../../../shared/report/model';
import { itemKey } from '../../../shared/report/reportItems';
import { heading, table, wordSafeWidth } from './blocks';

/** Stage and owner columns are as wide as their longest word ("Consideration"), so no word is split. */
function stagesTable(stages: HandoffStage[], handoff: number): Content {
  const owners = stages.map((s) => STAGE_OWNER_LABELS[s.owner]);
  return table(
    ['Stage', 'Marketing does', 'Sales does', 'Owner', 'Exchange zone'],
    stages.map((s, i) => [{ text: s.name, bold: true }, s.marketing || '—', s.sales || '—', owners[i]!, s.exchangeZone ? 'Yes' : 'No']),
    [wordSafeWidth([...stages.map((s) => s.name), 'Stage'], 10.5, { min: 60, max: 130 }), '*', '*', wordSafeWidth([...owners, 'Owner'], 10.5, { min: 44, max: 90 }), 56],
    stages.map((_, i) => itemKey.stage(handoff, i)),
  );
}

export function handoffs(model: ReportModel): Content[] {
  return model.handoffs.flatMap((h, hi) => [
    heading(`Relay handoff map: ${h.activity}`),
    stagesTable(h.stages, hi),
    table(
      ['Agreement', ''],
      [
        ['Marketing-qualified lead', h.mqlDefinition || 'Not agreed'],
        ['Sales-qualified lead', h.sqlDefinition || 'Not agreed'],
        ['Follow-up service level', `${h.followUpHours === null ? 'No time agreed' : `First contact within ${h.followUpHours} hours`}${h.followUpNotes ? `. ${h.followUpNotes}` : ''}`],
        ['Leads sales hands back', h.returnedLeads || 'Not agreed'],
      ],
      [150, '*'],
      Array(4).fill(itemKey.agreements(hi)),
    ),
  ]);
}
