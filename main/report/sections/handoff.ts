// The relay handoff map: who does what at each buying stage, and the agreed lead definitions.
import type { Content } from 'pdfmake/interfaces';
import type { StageOwner } from '../../../shared/agenda/handoff';
import type { ReportModel } from '../../../shared/report/model';
import { heading, table } from './blocks';

const OWNER_LABELS: Record<StageOwner, string> = { marketing: 'Marketing', sales: 'Sales', both: 'Both', '': 'Not agreed' };

export function handoffs(model: ReportModel): Content[] {
  return model.handoffs.flatMap((h) => [
    heading(`Relay handoff map: ${h.activity}`),
    table(
      ['Stage', 'Marketing does', 'Sales does', 'Owner', 'Exchange zone'],
      h.stages.map((s) => [
        { text: s.name, bold: true },
        s.marketing || '—',
        s.sales || '—',
        OWNER_LABELS[s.owner],
        s.exchangeZone ? 'Yes' : 'No',
      ]),
      [70, '*', '*', 52, 50],
    ),
    table(
      ['Agreement', ''],
      [
        ['Marketing-qualified lead', h.mqlDefinition || 'Not agreed'],
        ['Sales-qualified lead', h.sqlDefinition || 'Not agreed'],
        ['Follow-up service level', `${h.followUpHours === null ? 'No time agreed' : `First contact within ${h.followUpHours} hours`}${h.followUpNotes ? `. ${h.followUpNotes}` : ''}`],
        ['Leads sales hands back', h.returnedLeads || 'Not agreed'],
      ],
      [150, '*'],
    ),
  ]);
}
